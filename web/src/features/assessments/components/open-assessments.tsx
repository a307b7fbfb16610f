import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { responseProgress } from '@koers/shared/scoring';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useInstrumentVersion } from '../../instrument/api/get-instrument-version.ts';
import { usePartnership } from '../../partnerships/api/get-partnership.ts';
import { useAssessment } from '../api/get-assessment.ts';
import { useStartAssessment } from '../api/start-assessment.ts';
import { useOpenAssessments, type TOpenAssessment } from '../hooks/use-open-assessments.ts';
import { shapeOf } from '../utils/response-content.ts';
import styles from './open-assessments.module.css';

/**
 * The quarter's self-assessment first, one click away: how far it is and when it is due, for each
 * partnership the person manages where it is still open.
 */
export function OpenAssessments({ partnershipIds }: { partnershipIds: readonly string[] }) {
  const open = useOpenAssessments(partnershipIds);
  if (!open || open.length === 0) return null;
  return (
    <div className={styles.list}>
      {open.map((item) =>
        item.assessment ? (
          <DraftAssessment key={item.partnershipId} open={item} assessmentId={item.assessment.id} />
        ) : (
          <AssessmentToStart key={item.partnershipId} open={item} />
        ),
      )}
    </div>
  );
}

function DraftAssessment({ open, assessmentId }: { open: TOpenAssessment; assessmentId: string }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  // The same queries as the assessment page: the page opens on what this card already loaded.
  const assessment = useAssessment(assessmentId);
  const instrument = useInstrumentVersion(assessment.data?.instrumentVersion);
  if (!assessment.data) return null;
  const mine = assessment.data.responses.find((r) => r.mine);
  const details = { period: open.period.code, date: date(open.period.dueOn) };
  const progress = mine && instrument.data ? responseProgress(shapeOf(instrument.data), mine.answers) : undefined;

  return (
    <div className={`surface ${styles.card}`}>
      <p className={styles.partnership}>{assessment.data.partnershipName}</p>
      <p className={styles.title}>
        <Link to={`/assessments/${assessmentId}`}>
          {progress
            ? t('fillIn.open.progress', { ...details, answered: progress.answered, total: progress.total })
            : t('fillIn.open.draft', details)}
        </Link>
      </p>
      {progress ? (
        <progress className={styles.bar} max={progress.total} value={progress.answered} aria-hidden="true" />
      ) : null}
    </div>
  );
}

function AssessmentToStart({ open }: { open: TOpenAssessment }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const navigate = useNavigate();
  const partnership = usePartnership(open.partnershipId);
  const start = useStartAssessment();

  return (
    <div className={`surface ${styles.card}`}>
      {partnership.data ? <p className={styles.partnership}>{partnership.data.name}</p> : null}
      <p className={styles.title}>
        {t('fillIn.open.notStarted', { period: open.period.code, date: date(open.period.dueOn) })}
      </p>
      <div>
        <button
          type="button"
          className="button"
          disabled={start.isPending}
          onClick={() =>
            start.mutate(
              { partnershipId: open.partnershipId, periodId: open.period.id },
              { onSuccess: (assessment) => void navigate(`/assessments/${assessment.id}`) },
            )
          }
        >
          {t('assessment.partnership.start', { period: open.period.code })}
        </button>
      </div>
      <FormAlert error={start.error} />
    </div>
  );
}
