import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { CurrentQuestionnaire } from '../../features/instrument/components/current-questionnaire.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('questionnaire.title')} />
      <CurrentQuestionnaire />
    </>
  );
}
