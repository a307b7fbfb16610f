import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZReviewResponse, ZReviewWrite, type TReview } from '@koers/shared/follow-up';
import { can, type TAccess } from '@koers/shared/policy';
import { THEME_NUMBERS } from '@koers/shared/themes';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useReview } from '../api/get-review.ts';
import { useRespondToReview } from '../api/respond-to-review.ts';
import { useWriteReview } from '../api/write-review.ts';
import { SharingToggle } from './sharing-toggle.tsx';
import { useThemeName } from './use-theme-name.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './follow-up.module.css';

type TReviewPanelProps = {
  assessmentId: string;
  partnershipId: string;
  access: TAccess | null;
  /** The partnership's current choice; known to those who may change it. */
  sharesWithBoard: boolean | undefined;
};

/**
 * The critical friend's review of a submitted quarter: remarks per theme, the question behind the
 * question and a summary; the programme manager answers it and decides what board members see.
 */
export function ReviewPanel({ assessmentId, partnershipId, access, sharesWithBoard }: TReviewPanelProps) {
  const { t } = useTranslation();
  const review = useReview(assessmentId);
  const [editing, setEditing] = useState(false);
  const resource = { partnershipId };
  const canWrite = can(access, 'review:write', resource);
  const canRespond = can(access, 'assessment:edit', resource);
  const canShare = can(access, 'partnership:share', resource);

  return (
    <section aria-labelledby="review" className={`surface ${styles.card}`}>
      <h2 id="review">{t('followUp.review.title')}</h2>
      <p className={styles.muted}>{t('followUp.review.intro')}</p>
      {review.isPending ? <LoadingState /> : null}
      {review.isError ? <ErrorState error={review.error} onRetry={() => void review.refetch()} /> : null}
      {review.isSuccess ? (
        editing ? (
          <ReviewForm assessmentId={assessmentId} review={review.data} onDone={() => setEditing(false)} />
        ) : (
          <>
            {review.data ? <ReviewView review={review.data} /> : <p>{t('followUp.review.none')}</p>}
            {canWrite ? (
              <div>
                <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                  {review.data ? t('followUp.review.edit') : t('followUp.review.write')}
                </button>
              </div>
            ) : null}
            {review.data && canRespond ? <ResponseForm review={review.data} /> : null}
          </>
        )
      ) : null}
      {canShare && sharesWithBoard !== undefined ? (
        <SharingToggle partnershipId={partnershipId} sharesWithBoard={sharesWithBoard} />
      ) : null}
    </section>
  );
}

function ReviewView({ review }: { review: TReview }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormatDate();
  const themeName = useThemeName();
  // Board members of a partnership that does not share see only that a review happened.
  if (review.summary === null) {
    return (
      <p>{t('followUp.review.hiddenFromBoard', { name: review.author, date: date(review.createdAt.slice(0, 10)) })}</p>
    );
  }
  const remarks = review.themeRemarks.filter((remark) => remark.remark.trim() !== '');
  return (
    <>
      <p className={styles.muted}>
        {t('followUp.review.by', { name: review.author, date: dateTime(review.updatedAt) })}
      </p>
      <div className={styles.reviewBlock}>
        <h3>{t('followUp.review.summary')}</h3>
        <p>{review.summary}</p>
      </div>
      {review.questionBehind ? (
        <div className={styles.reviewBlock}>
          <h3>{t('followUp.review.questionBehind')}</h3>
          <p>{review.questionBehind}</p>
        </div>
      ) : null}
      {remarks.length > 0 ? (
        <div className={styles.reviewBlock}>
          <h3>{t('followUp.review.themeRemarks')}</h3>
          <dl className={styles.facts}>
            {remarks.map((remark) => (
              <div key={remark.theme} className={styles.contents}>
                <dt>
                  {remark.theme}. {themeName(remark.theme)}
                </dt>
                <dd>{remark.remark}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <div className={styles.reviewBlock}>
        <h3>{t('followUp.review.response.title')}</h3>
        {review.response ? (
          <>
            <p>{review.response.text}</p>
            <p className={styles.muted}>
              {t('followUp.review.response.by', { name: review.response.by, date: dateTime(review.response.at) })}
            </p>
          </>
        ) : (
          <p className={styles.muted}>{t('followUp.review.response.none')}</p>
        )}
      </div>
    </>
  );
}

function ReviewForm({
  assessmentId,
  review,
  onDone,
}: {
  assessmentId: string;
  review: TReview | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const { fromZod, fromApi } = useFormErrors();
  const write = useWriteReview();
  const [summary, setSummary] = useState(review?.summary ?? '');
  const [questionBehind, setQuestionBehind] = useState(review?.questionBehind ?? '');
  const [remarks, setRemarks] = useState<Record<number, string>>(
    Object.fromEntries((review?.themeRemarks ?? []).map((r) => [r.theme, r.remark])),
  );
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZReviewWrite.safeParse({
      summary,
      questionBehind,
      themeRemarks: THEME_NUMBERS.map((theme) => ({ theme, remark: remarks[theme] ?? '' })).filter(
        (r) => r.remark.trim() !== '',
      ),
    });
    if (!parsed.success) {
      setFieldErrors(fromZod(parsed.error));
      return;
    }
    setFieldErrors({});
    write.mutate(
      { assessmentId, review: parsed.data },
      { onSuccess: onDone, onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };

  return (
    <form noValidate className={formStyles.form} onSubmit={onSubmit}>
      <fieldset className={formStyles.form}>
        <legend>{t('followUp.review.themeRemarks')}</legend>
        {THEME_NUMBERS.map((theme) => (
          <TextAreaField
            key={theme}
            label={t('followUp.review.remarkFor', { theme: `${theme}. ${themeName(theme)}` })}
            rows={2}
            maxLength={2000}
            value={remarks[theme] ?? ''}
            onValueChange={(remark) => setRemarks((current) => ({ ...current, [theme]: remark }))}
          />
        ))}
      </fieldset>
      <TextAreaField
        label={t('followUp.review.questionBehind')}
        hint={t('followUp.review.questionBehindHint')}
        rows={3}
        maxLength={2000}
        value={questionBehind}
        onValueChange={setQuestionBehind}
        error={fieldErrors.questionBehind}
      />
      <TextAreaField
        label={t('followUp.review.summary')}
        required
        rows={4}
        maxLength={4000}
        value={summary}
        onValueChange={setSummary}
        error={fieldErrors.summary}
      />
      <FormAlert error={write.error} />
      <div>
        <button type="submit" className="button" disabled={write.isPending}>
          {t('followUp.review.submit')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('followUp.review.cancel')}
        </button>
      </div>
    </form>
  );
}

function ResponseForm({ review }: { review: TReview }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const respond = useRespondToReview();
  const [text, setText] = useState(review.response?.text ?? '');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZReviewResponse.safeParse({ text });
    if (!parsed.success) {
      setFieldErrors(fromZod(parsed.error));
      return;
    }
    setFieldErrors({});
    respond.mutate(
      { assessmentId: review.assessmentId, text: parsed.data.text },
      { onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };

  return (
    <form noValidate className={`${formStyles.form} ${styles.inlineForm}`} onSubmit={onSubmit}>
      <TextAreaField
        label={t('followUp.review.response.text')}
        required
        rows={3}
        maxLength={4000}
        value={text}
        onValueChange={(value) => {
          respond.reset();
          setText(value);
        }}
        error={fieldErrors.text}
      />
      <FormAlert error={respond.error} />
      {respond.isSuccess ? <Notice>{t('followUp.review.response.saved')}</Notice> : null}
      <div>
        <button type="submit" className="button" disabled={respond.isPending}>
          {t('followUp.review.response.submit')}
        </button>
      </div>
    </form>
  );
}
