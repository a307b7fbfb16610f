import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { JobQueueAdmin } from '../../../features/job-queue/components/job-queue-admin.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('jobQueue.title')} />
      <div>
        <h1>{t('jobQueue.title')}</h1>
        <p className="lead">{t('jobQueue.intro')}</p>
      </div>
      <JobQueueAdmin />
    </>
  );
}
