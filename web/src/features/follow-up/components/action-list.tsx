import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTION_STATUSES, ZActionProgress, type TAction, type TActionStatus } from '@koers/shared/follow-up';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useAddActionProgress } from '../api/add-action-progress.ts';
import { useThemeName } from './use-theme-name.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './follow-up.module.css';

type TActionListProps = {
  actions: readonly TAction[];
  /** Programme managers and critical friends of the partnership note progress. */
  canWrite: boolean;
  /** The flag whose page this is: an action needs no link back to it there. */
  currentFlagId?: string;
  headingLevel?: 3 | 4;
};

export function ActionList({ actions, canWrite, currentFlagId, headingLevel = 3 }: TActionListProps) {
  return (
    <ul className={styles.actions}>
      {actions.map((action) => (
        <ActionItem
          key={action.id}
          action={action}
          canWrite={canWrite}
          currentFlagId={currentFlagId}
          headingLevel={headingLevel}
        />
      ))}
    </ul>
  );
}

function ActionItem({
  action,
  canWrite,
  currentFlagId,
  headingLevel,
}: {
  action: TAction;
  canWrite: boolean;
  currentFlagId: string | undefined;
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormatDate();
  const themeName = useThemeName();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const closed = action.status === 'done' || action.status === 'dropped';
  const linked = action.flags.filter((flag) => flag.id !== currentFlagId);
  const className = action.overdue
    ? `${styles.action} ${styles.actionOverdue}`
    : closed
      ? `${styles.action} ${styles.actionClosed}`
      : styles.action;

  return (
    <li className={className}>
      <Heading>{action.description}</Heading>
      <dl className={styles.actionFacts}>
        <div>
          <dt>{t('followUp.action.status')}</dt>
          <dd>
            <span className={styles.status}>{t(`followUp.action.statuses.${action.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('followUp.action.dueOn')}</dt>
          <dd>
            {date(action.dueOn)}
            {action.overdue ? (
              <span className={styles.overdueText}>
                {' '}
                <span aria-hidden="true">⚠</span>
                {t('followUp.action.overdue')}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('followUp.action.owner')}</dt>
          <dd>{action.owner.name}</dd>
        </div>
        <div>
          <dt>{t('followUp.action.supportType')}</dt>
          <dd>{t(`followUp.action.supportTypes.${action.supportType}`)}</dd>
        </div>
        <div>
          <dt>{t('followUp.action.theme')}</dt>
          <dd>{themeName(action.theme)}</dd>
        </div>
        {linked.length > 0 ? (
          <div>
            <dt>{t('followUp.action.linkedFlags')}</dt>
            <dd>
              {linked.map((flag, index) => (
                <span key={flag.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={`/flags/${flag.id}`}>
                    {t('followUp.action.linkedFlag', {
                      kind: t(`flags.kinds.${flag.kind}`),
                      theme: themeName(flag.theme),
                    })}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {action.peerReview ? (
          <div>
            <dt>{t('followUp.action.peerReview')}</dt>
            <dd>
              {t('followUp.action.peerReviewWith', {
                partnership: action.peerReview.partnership.name,
                status: t(`followUp.action.statuses.${action.peerReview.status}`),
              })}
            </dd>
          </div>
        ) : null}
        {action.goodApproaches.length > 0 ? (
          <div>
            <dt>{t('followUp.action.goodApproaches')}</dt>
            <dd>
              {action.goodApproaches.map((approach, index) => (
                <span key={approach.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={`/good-approaches/${approach.id}`}>{approach.title}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {action.notes.length > 0 ? (
        <div>
          <p className={styles.muted}>{t('followUp.action.notes')}</p>
          <ol className={styles.notes}>
            {action.notes.map((note) => (
              <li key={`${note.createdAt}-${note.author}`}>
                {note.text}{' '}
                <span className={styles.noteMeta}>
                  — {t('followUp.action.noteBy', { name: note.author, date: dateTime(note.createdAt) })}
                  {note.statusChange
                    ? ` · ${t('followUp.action.statusChange', { status: t(`followUp.action.statuses.${note.statusChange}`) })}`
                    : null}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {canWrite ? (
        editing ? (
          <ProgressForm
            action={action}
            onSaved={() => {
              setSaved(true);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div>
            {saved ? <Notice>{t('followUp.action.progress.saved')}</Notice> : null}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('followUp.action.progress.toggle')}
              <span className="visually-hidden">: {action.description}</span>
            </button>
          </div>
        )
      ) : null}
    </li>
  );
}

type TProgressFormProps = { action: TAction; onSaved: () => void; onCancel: () => void };

function ProgressForm({ action, onSaved, onCancel }: TProgressFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { fromZod, fromApi } = useFormErrors();
  const progress = useAddActionProgress();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<TActionStatus | ''>('');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZActionProgress.safeParse({ text, status: status || undefined });
    if (!parsed.success) {
      setFieldErrors(fromZod(parsed.error));
      return;
    }
    setFieldErrors({});
    progress.mutate(
      { actionId: action.id, progress: parsed.data },
      {
        onSuccess: onSaved,
        onError: (error) => setFieldErrors(fromApi(error)),
      },
    );
  };

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      className={`${formStyles.form} ${styles.inlineForm}`}
      onSubmit={onSubmit}
    >
      <p id={`${id}-title`} className={styles.muted}>
        {t('followUp.action.progress.title')}: {action.description}
      </p>
      <TextAreaField
        label={t('followUp.action.progress.text')}
        required
        rows={2}
        maxLength={2000}
        value={text}
        onValueChange={setText}
        error={fieldErrors.text}
        autoFocus
      />
      <SelectField
        label={t('followUp.action.progress.status')}
        value={status}
        onValueChange={(value) => setStatus(value as TActionStatus | '')}
        error={fieldErrors.status}
      >
        <option value="">
          {t('followUp.action.progress.keepStatus', { status: t(`followUp.action.statuses.${action.status}`) })}
        </option>
        {ACTION_STATUSES.filter((s) => s !== action.status).map((s) => (
          <option key={s} value={s}>
            {t(`followUp.action.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormAlert error={progress.error} />
      <div>
        <button type="submit" className="button button-small" disabled={progress.isPending}>
          {t('followUp.action.progress.submit')}
        </button>{' '}
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('followUp.review.cancel')}
        </button>
      </div>
    </form>
  );
}
