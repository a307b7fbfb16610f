import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TAccess } from '@koers/shared/policy';
import { can } from '@koers/shared/policy';
import type { TAssessment } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import type { TOrganisation } from '@koers/shared/organisations';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useAddOwnResponse } from '../api/add-own-response.ts';
import { assessmentQueryOptions, getAssessment } from '../api/get-assessment.ts';
import { rememberSavedResponse, saveOwnResponse } from '../api/save-response.ts';
import { AssessmentResults, liveResults } from './assessment-results.tsx';
import { OwnNotes } from './own-notes.tsx';
import { RespondentsPanel } from './respondents-panel.tsx';
import { ResponseEditor } from './response-editor.tsx';
import { SubmissionHistory } from './submission-history.tsx';
import { SubmitAssessment } from './submit-assessment.tsx';
import styles from './assessment.module.css';

type TAssessmentPageProps = {
  assessment: TAssessment;
  instrument: TInstrumentVersion;
  access: TAccess | null;
  /** The partnership's member organisations, for inviting respondents. */
  members?: readonly TOrganisation[] | undefined;
};

export function AssessmentPage({ assessment, instrument, access, members }: TAssessmentPageProps) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormatDate();
  const queryClient = useQueryClient();
  const resource = { partnershipId: assessment.partnershipId };
  const draft = assessment.status === 'draft';
  const canEdit = draft && can(access, 'assessment:edit', resource);
  // Board members see submitted quarters only, and the responses when the partnership shares its
  // narratives with them: the API then sends them.
  const seesDrafts = can(access, 'partnership:read-narrative', resource);
  const readsResponses = seesDrafts || assessment.responses.length > 0;
  const mine = assessment.responses.find((r) => r.mine);
  const lastSubmission = assessment.submissions.find((s) => s.reopenedAt === null);
  const title = t('assessment.title', { period: assessment.periodCode });

  return (
    <article className={styles.page}>
      <DocumentTitle page={`${title} · ${assessment.partnershipName}`} />
      <Link to={`/partnerships/${assessment.partnershipId}`} className={styles.back}>
        <span aria-hidden="true">←</span> {assessment.partnershipName}
      </Link>
      <header className={styles.header}>
        <div>
          <p className={styles.eyebrow}>{assessment.partnershipName}</p>
          <h1>{title}</h1>
          <p className={styles.meta}>
            <span className={`badge ${styles.badge}`} data-status={assessment.status}>
              {t(`assessment.status.${assessment.status}`)}
            </span>
            <span>{t('assessment.due', { date: date(assessment.dueOn) })}</span>
          </p>
        </div>
      </header>

      {!draft ? (
        <div role="status" className={styles.submittedBanner}>
          <p className={styles.bannerTitle}>
            {t('assessment.submittedOn', {
              date: dateTime(assessment.submittedAt ?? lastSubmission?.submittedAt ?? ''),
            })}
          </p>
          <p>
            {lastSubmission ? t('assessment.submittedBy', { name: lastSubmission.submittedBy }) : null}{' '}
            {t('assessment.submittedText')}
          </p>
          <p className={styles.bannerActions}>
            <Link to={`/partnerships/${assessment.partnershipId}/dashboard`} className="button">
              {t('dashboard.open')} <span aria-hidden="true">→</span>
            </Link>
          </p>
        </div>
      ) : null}

      {canEdit && mine ? (
        <ResponseEditor
          key={mine.id}
          instrument={instrument}
          responseId={mine.id}
          initial={{
            content: { answers: mine.answers, notes: mine.notes },
            version: mine.version,
            updatedAt: mine.updatedAt,
          }}
          save={async (content, basedOn) => {
            const ids = { assessmentId: assessment.id, responseId: mine.id };
            const saved = await saveOwnResponse(ids, content, basedOn);
            rememberSavedResponse(queryClient, ids, content, saved);
            return saved;
          }}
          loadLatest={async () => {
            const latest = await getAssessment(assessment.id);
            queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, latest);
            const response = latest.responses.find((r) => r.id === mine.id);
            if (!response) throw new Error('The response is no longer part of this assessment');
            return {
              content: { answers: response.answers, notes: response.notes },
              version: response.version,
              updatedAt: response.updatedAt,
            };
          }}
          onClosed={() =>
            void queryClient.invalidateQueries({ queryKey: assessmentQueryOptions(assessment.id).queryKey })
          }
          actions={({ content, flush }) => (
            <SubmitAssessment assessment={assessment} instrument={instrument} content={content} flush={flush} />
          )}
        >
          {(content) => (
            <AssessmentResults
              instrument={instrument}
              results={liveResults(instrument, assessment.responses, { id: mine.id, content })}
              live
            />
          )}
        </ResponseEditor>
      ) : draft && !seesDrafts ? (
        <p className={styles.muted}>{t('assessment.notSubmittedYet')}</p>
      ) : (
        <>
          {canEdit ? <AddOwnResponse assessmentId={assessment.id} /> : null}
          <AssessmentResults
            instrument={instrument}
            results={draft && readsResponses ? liveResults(instrument, assessment.responses) : assessment.results}
            live={draft}
          />
          {!draft && mine ? <OwnNotes instrument={instrument} response={mine} /> : null}
        </>
      )}

      {readsResponses ? (
        <RespondentsPanel assessment={assessment} instrument={instrument} members={members} canInvite={canEdit} />
      ) : draft ? null : (
        <p className={styles.muted}>{t('assessment.resultsOnly')}</p>
      )}
      <SubmissionHistory assessment={assessment} canReopen={can(access, 'assessment:reopen', resource)} />
    </article>
  );
}

function AddOwnResponse({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const add = useAddOwnResponse(assessmentId);
  return (
    <section aria-labelledby="own-response" className={styles.section}>
      <h2 id="own-response">{t('assessment.own.title')}</h2>
      <p>{t('assessment.own.text')}</p>
      <FormAlert error={add.error} />
      <button type="button" className="button" disabled={add.isPending} onClick={() => add.mutate()}>
        {t('assessment.own.add')}
      </button>
    </section>
  );
}
