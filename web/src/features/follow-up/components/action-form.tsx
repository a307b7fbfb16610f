import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCurrentUser } from '@koers/shared/auth';
import { SUPPORT_TYPES, ZActionCreate } from '@koers/shared/follow-up';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCreateAction } from '../api/create-action.ts';
import { usePartnershipPeople } from '../api/get-partnership-people.ts';
import { useThemeName } from './use-theme-name.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './follow-up.module.css';

type TActionFormProps = {
  partnershipId: string;
  user: TCurrentUser;
  /** The flags the action answers; empty for an action of the plan as a whole. */
  flagIds: string[];
  theme: TThemeNumber | null;
  /** Where the page offers good approaches to link: a picker of the chosen ids, composed by the route. */
  approachPicker?: TApproachPicker;
};

/** Renders a picker of good approaches for the chosen ids; the form keeps the ids and sends them. */
export type TApproachPicker = (picked: string[], onPick: (ids: string[]) => void) => ReactNode;

type TValues = {
  theme: string;
  description: string;
  ownerId: string;
  dueOn: string;
  supportType: string;
  peerPartnershipId: string;
};

/** An agreement from the conversation: what, who, by when, and with which support. */
export function ActionForm({ partnershipId, user, flagIds, theme, approachPicker }: TActionFormProps) {
  const { t } = useTranslation();
  const themeName = useThemeName();
  const { fromZod, fromApi } = useFormErrors();
  const people = usePartnershipPeople(partnershipId);
  const create = useCreateAction();
  const formRef = useRef<HTMLFormElement>(null);
  const initial: TValues = {
    theme: theme === null ? '' : String(theme),
    description: '',
    ownerId: '',
    dueOn: '',
    supportType: '',
    peerPartnershipId: '',
  };
  const [values, setValues] = useState<TValues>(initial);
  const [goodApproachIds, setGoodApproachIds] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [added, setAdded] = useState(false);

  // The owner is a person of the partnership; the signed-in person first, as they usually take it on.
  const owners = (people.data ?? [])
    .filter((person, index, all) => all.findIndex((p) => p.id === person.id) === index)
    .sort((a, b) => Number(b.id === user.id) - Number(a.id === user.id));
  const ownerId = values.ownerId || (owners.some((p) => p.id === user.id) ? user.id : '');

  // The other side of a peer review: a partnership the person works with (the API holds to the same).
  const peers = user.roles
    .flatMap((role) =>
      (role.role === 'programme_manager' || role.role === 'critical_friend') && role.partnershipId !== partnershipId
        ? [{ id: role.partnershipId, name: role.partnershipName }]
        : [],
    )
    .filter((peer, index, all) => all.findIndex((p) => p.id === peer.id) === index);

  const set = (field: keyof TValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    const parsed = ZActionCreate.safeParse({
      theme: values.theme === '' ? null : Number(values.theme),
      description: values.description,
      ownerId,
      dueOn: values.dueOn,
      supportType: values.supportType,
      flagIds,
      goodApproachIds,
      peerPartnershipId:
        values.supportType === 'peer_review' && values.peerPartnershipId !== '' ? values.peerPartnershipId : null,
    });
    if (!parsed.success) {
      setFieldErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setFieldErrors({});
    create.mutate(
      { partnershipId, action: parsed.data },
      {
        onSuccess: () => {
          setValues(initial);
          setGoodApproachIds([]);
          setAdded(true);
        },
        onError: (error) => {
          setFieldErrors(fromApi(error));
          requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
        },
      },
    );
  };

  return (
    <section aria-labelledby="add-action" className={`surface ${styles.card}`}>
      <h2 id="add-action">{t('followUp.action.form.title')}</h2>
      <p className={styles.muted}>{t('followUp.action.form.intro')}</p>
      <form ref={formRef} noValidate className={formStyles.form} onSubmit={onSubmit}>
        <TextAreaField
          label={t('followUp.action.form.description')}
          required
          rows={3}
          maxLength={1000}
          value={values.description}
          onValueChange={set('description')}
          error={fieldErrors.description}
        />
        <div className={styles.formRow}>
          <SelectField
            label={t('followUp.action.form.theme')}
            value={values.theme}
            onValueChange={set('theme')}
            error={fieldErrors.theme}
          >
            <option value="">{t('followUp.action.form.themeNone')}</option>
            {THEME_NUMBERS.map((n) => (
              <option key={n} value={String(n)}>
                {n}. {themeName(n)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('followUp.action.form.supportType')}
            required
            value={values.supportType}
            onValueChange={set('supportType')}
            error={fieldErrors.supportType}
          >
            <option value="">{t('followUp.action.form.choose')}</option>
            {SUPPORT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`followUp.action.supportTypes.${type}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className={styles.formRow}>
          <SelectField
            label={t('followUp.action.form.owner')}
            required
            value={ownerId}
            onValueChange={set('ownerId')}
            error={fieldErrors.ownerId}
            disabled={people.isPending}
          >
            {ownerId === '' ? <option value="">{t('followUp.action.form.choose')}</option> : null}
            {owners.map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === user.id
                  ? t('followUp.action.form.ownerSelf', { name: person.displayName })
                  : `${person.displayName} — ${t(`followUp.action.form.ownerRole.${person.role}`)}`}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('followUp.action.form.dueOn')}
            type="date"
            required
            value={values.dueOn}
            onValueChange={set('dueOn')}
            error={fieldErrors.dueOn}
          />
        </div>
        {values.supportType === 'peer_review' ? (
          <SelectField
            label={t('followUp.action.form.peerPartnership')}
            hint={t('followUp.action.form.peerPartnershipHint')}
            value={values.peerPartnershipId}
            onValueChange={set('peerPartnershipId')}
            error={fieldErrors.peerPartnershipId}
          >
            <option value="">{t('followUp.action.form.peerPartnershipNone')}</option>
            {peers.map((peer) => (
              <option key={peer.id} value={peer.id}>
                {peer.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {approachPicker ? (
          <fieldset className={styles.approachPicker}>
            <legend>{t('followUp.action.form.goodApproaches')}</legend>
            {values.supportType === 'good_approach' && goodApproachIds.length === 0 ? (
              <p className={styles.muted}>{t('followUp.action.form.goodApproachHint')}</p>
            ) : null}
            {approachPicker(goodApproachIds, setGoodApproachIds)}
          </fieldset>
        ) : null}
        <FormAlert error={people.error ?? create.error} />
        {added ? <Notice>{t('followUp.action.form.added')}</Notice> : null}
        <div>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('followUp.action.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
