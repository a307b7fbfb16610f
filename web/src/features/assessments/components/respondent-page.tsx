import { useTranslation } from 'react-i18next';
import type { TRespondentView } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { getRespondentView } from '../api/get-respondent-view.ts';
import { saveResponseViaLink } from '../api/save-response.ts';
import { QuestionnaireForm } from './questionnaire-form.tsx';
import { ResponseEditor } from './response-editor.tsx';
import styles from './assessment.module.css';

type TRespondentPageProps = {
  token: string;
  view: TRespondentView;
  instrument: TInstrumentVersion;
  onClosed: () => void;
};

/** What an invited respondent's personal link opens: one partnership, one quarter, their own answers. */
export function RespondentPage({ token, view, instrument, onClosed }: TRespondentPageProps) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const { response } = view;
  const title = t('assessment.title', { period: view.periodCode });

  return (
    <article className={styles.page}>
      <DocumentTitle page={`${title} · ${view.partnershipName}`} />
      <header className={styles.header}>
        <div>
          <p className={styles.eyebrow}>{view.partnershipName}</p>
          <h1>{title}</h1>
          <p className={styles.meta}>
            <span>{t('assessment.respond.for', { name: response.respondentName })}</span>
            <span>{t('assessment.due', { date: date(view.dueOn) })}</span>
          </p>
        </div>
      </header>
      {view.status === 'submitted' ? (
        <>
          <div role="status" className={styles.submittedBanner}>
            <p className={styles.bannerTitle}>{t('assessment.respond.submittedTitle')}</p>
            <p>{t('assessment.respond.submittedText')}</p>
          </div>
          <QuestionnaireForm instrument={instrument} content={response} readOnly />
        </>
      ) : (
        <>
          <p className="lead">{t('assessment.respond.intro', { partnership: view.partnershipName })}</p>
          <ResponseEditor
            key={response.id}
            instrument={instrument}
            responseId={response.id}
            initial={{
              content: { answers: response.answers, notes: response.notes },
              version: response.version,
              updatedAt: response.updatedAt,
            }}
            save={(content, basedOn) => saveResponseViaLink(token, content, basedOn)}
            loadLatest={async () => {
              const latest = await getRespondentView(token);
              const { answers, notes, version, updatedAt } = latest.response;
              return { content: { answers, notes }, version, updatedAt };
            }}
            onClosed={onClosed}
          />
        </>
      )}
    </article>
  );
}
