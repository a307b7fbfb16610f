import { useTranslation } from 'react-i18next';
import type { TExportFormat } from '@koers/shared/exports';
import { toLanguage } from '../i18n/i18n.ts';
import styles from './export-links.module.css';

type TExportLinksProps = {
  /** The export route, e.g. `/api/board-overview/export`. */
  path: string;
  /** The filters of the screen: the file holds the same set, over all pages. */
  query?: Record<string, string | number | undefined>;
  formats: readonly TExportFormat[];
  /** What is downloaded, for screen readers: "Download: heatmap". */
  subject: string;
};

/**
 * Downloads made by the server, as plain links: the browser streams the file, and the link carries the
 * filters and the interface's language, which decides the CSV dialect (Dutch Excel or standard).
 */
export function ExportLinks({ path, query = {}, formats, subject }: TExportLinksProps) {
  const { t, i18n } = useTranslation();
  const hrefOf = (format: TExportFormat) => {
    const params = new URLSearchParams({ format, lang: toLanguage(i18n.resolvedLanguage) });
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    return `${path}?${params.toString()}`;
  };
  return (
    <div role="group" aria-label={`${t('exports.label')}: ${subject}`} className={styles.links}>
      <span className={styles.label} aria-hidden="true">
        {t('exports.label')}
      </span>
      {formats.map((format) => (
        <a key={format} href={hrefOf(format)} download className="button button-secondary button-small">
          {t(`exports.${format}`)}
        </a>
      ))}
    </div>
  );
}
