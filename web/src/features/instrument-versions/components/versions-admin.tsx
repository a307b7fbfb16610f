import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { useCreateDraft } from '../api/create-draft.ts';
import { useVersions } from '../api/get-versions.ts';
import { draftBody, draftForm } from '../utils/draft-form.ts';
import { VersionStatus } from './version-status.tsx';
import styles from './instrument-versions.module.css';

/** Every version with its status, and the way to draft the next one. */
export function VersionsAdmin({ current }: { current: TInstrumentVersion | undefined }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const localised = useLocalisedText();
  const navigate = useNavigate();
  const query = useVersions();
  const create = useCreateDraft();

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const versions = query.data;
  const draft = versions.find((v) => v.status === 'draft');

  const onCreate = () => {
    if (!current) return;
    // A copy of the version in use in which every indicator continues itself, so every trend runs on.
    create.mutate(draftBody(draftForm(current, (indicator) => indicator.id)), {
      onSuccess: (created) => void navigate(`/admin/questionnaire/${created.version}`),
    });
  };

  return (
    <div className={styles.page}>
      <section aria-labelledby="new-version" className={`surface ${styles.card}`}>
        <h2 id="new-version">{t('instrumentVersions.create.title')}</h2>
        {draft ? (
          <p>
            {t('instrumentVersions.create.draftExists', { version: draft.version })}{' '}
            <Link to={`/admin/questionnaire/${draft.version}`}>{t('instrumentVersions.edit')}</Link>
          </p>
        ) : current ? (
          <>
            <p className={styles.muted}>{t('instrumentVersions.create.intro')}</p>
            <div>
              <button type="button" className="button" disabled={create.isPending} onClick={onCreate}>
                {create.isPending ? t('instrumentVersions.create.busy') : t('instrumentVersions.create.submit')}
              </button>
            </div>
          </>
        ) : (
          <p className={styles.muted}>{t('instrumentVersions.create.noCurrent')}</p>
        )}
        <FormAlert error={create.error} />
      </section>
      <section aria-labelledby="versions-list">
        <h2 id="versions-list">{t('instrumentVersions.listTitle')}</h2>
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('instrumentVersions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instrumentVersions.version')}</th>
                <th scope="col">{t('instrumentVersions.name')}</th>
                <th scope="col">{t('instrumentVersions.status')}</th>
                <th scope="col">{t('instrumentVersions.publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id}>
                  <th scope="row">
                    <Link to={`/admin/questionnaire/${version.version}`}>
                      {t('instrumentVersions.versionLabel', { version: version.version })}
                    </Link>
                  </th>
                  <td data-label={t('instrumentVersions.name')}>{localised(version.title)}</td>
                  <td data-label={t('instrumentVersions.status')}>
                    <VersionStatus status={version.status} />
                  </td>
                  <td data-label={t('instrumentVersions.publishedAt')}>
                    {version.publishedAt ? dateTime(version.publishedAt) : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
