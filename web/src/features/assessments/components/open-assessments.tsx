import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TAssessment } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { responseProgress } from '@koers/shared/scoring';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useStartAssessment } from '../api/start-assessment.ts';
import type { TOpenAssessment } from '../hooks/use-open-assessments.ts';
import { shapeOf } from '../utils/response-content.ts';
import styles from './open-assessments.module.css';

/** The cards of the quarter's open self-assessments, one per partnership. */
export function OpenAssessmentList({ children }: { children: ReactNode }) {
  return <div className={styles.list}>{children}</div>;
}

type TDraftAssessmentProps = {
  open: TOpenAssessment;
  assessment: TAssessment;
  /** The questionnaire version the assessment is pinned to; undefined while it loads (no progress yet). */
  instrument: TInstrumentVersion | undefined;
};

/** A started self-assessment of this quarter: how far the person's own response is, and when it is due. */
export function DraftAssessment({ open, assessment, instrument }: TDraftAssessmentProps) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const mine = assessment.responses.find((r) => r.mine);
  const details = { period: open.period.code, date: date(open.period.dueOn) };
  const progress = mine && instrument ? responseProgress(shapeOf(instrument), mine.answers) : undefined;

  return (
    <div className={`surface ${styles.card}`}>
      <p className={styles.partnership}>{assessment.partnershipName}</p>
      <p className={styles.title}>
        <Link to={`/assessments/${assessment.id}`}>
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

/** A quarter whose self-assessment is not started yet, with the button that starts it. */
export function AssessmentToStart({ open, partnershipName }: { open: TOpenAssessment; partnershipName?: string }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const navigate = useNavigate();
  const start = useStartAssessment();

  return (
    <div className={`surface ${styles.card}`}>
      {partnershipName ? <p className={styles.partnership}>{partnershipName}</p> : null}
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
