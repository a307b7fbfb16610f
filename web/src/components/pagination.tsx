import { useTranslation } from 'react-i18next';
import styles from './pagination.module.css';

type TPaginationProps = {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** What is paged, for screen readers: "Pagina’s van de reviewwachtrij". */
  label?: string;
};

/** Previous, "page 2 of 5", next; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, onPage, label }: TPaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label ?? t('pages.label')} className={styles.pagination}>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('pages.previous')}
      </button>
      <span>{t('pages.current', { page, count: pageCount })}</span>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        {t('pages.next')}
      </button>
    </nav>
  );
}
