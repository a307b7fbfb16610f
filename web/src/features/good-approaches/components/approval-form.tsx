import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ZGoodApproachDecision } from '@koers/shared/good-approaches';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useDecideGoodApproach } from '../api/decide-good-approach.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './good-approaches.module.css';

/** A critical friend's or admin's decision on a programme manager's write-up: publish, or send back. */
export function ApprovalForm({ approachId }: { approachId: string }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const decide = useDecideGoodApproach();
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [done, setDone] = useState<'published' | 'sentBack' | null>(null);

  const publish = () =>
    decide.mutate({ id: approachId, decision: { decision: 'publish' } }, { onSuccess: () => setDone('published') });
  const sendBack = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZGoodApproachDecision.safeParse({ decision: 'send_back', comment });
    if (!parsed.success) return setErrors(fromZod(parsed.error));
    setErrors({});
    decide.mutate(
      { id: approachId, decision: parsed.data },
      { onSuccess: () => setDone('sentBack'), onError: (error) => setErrors(fromApi(error)) },
    );
  };

  if (done) return <Notice>{t(`goodApproaches.decision.${done}`)}</Notice>;
  return (
    <section aria-labelledby="approval" className={`surface ${styles.card}`}>
      <h2 id="approval">{t('goodApproaches.decision.title')}</h2>
      <p className={styles.muted}>{t('goodApproaches.decision.intro')}</p>
      <div>
        <button type="button" className="button" disabled={decide.isPending} onClick={publish}>
          {t('goodApproaches.decision.publish')}
        </button>
      </div>
      <form noValidate className={formStyles.form} onSubmit={sendBack}>
        <TextAreaField
          label={t('goodApproaches.decision.comment')}
          rows={3}
          maxLength={2000}
          value={comment}
          onValueChange={setComment}
          error={errors.comment}
        />
        <div>
          <button type="submit" className="button button-secondary" disabled={decide.isPending}>
            {t('goodApproaches.decision.sendBack')}
          </button>
        </div>
      </form>
      <FormAlert error={decide.error} />
    </section>
  );
}
