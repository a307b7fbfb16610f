import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TCurrentUser } from '@koers/shared/auth';
import { ZGoodApproachWrite, type TGoodApproach } from '@koers/shared/good-approaches';
import { SCENARIOS } from '@koers/shared/partnerships';
import { can } from '@koers/shared/policy';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentInstrument } from '../api/get-current-instrument.ts';
import { useSaveGoodApproach } from '../api/save-good-approach.ts';
import formStyles from '../../../components/form/form.module.css';
import styles from './good-approaches.module.css';

type TStoryField = 'title' | 'context' | 'whatWeDid' | 'whatItBrought' | 'whatItTook' | 'contact';
type TValues = Record<TStoryField, string> & {
  themes: TThemeNumber[];
  indicatorIds: string[];
  scenario: string;
  partnershipId: string;
};

const STORY_FIELDS = ['context', 'whatWeDid', 'whatItBrought', 'whatItTook'] as const;

/** The partnerships a person may write from: those they manage or are critical friend of (all, for admins). */
function partnershipsOf(user: TCurrentUser) {
  const places = user.roles.flatMap((role) =>
    role.role === 'programme_manager' || role.role === 'critical_friend'
      ? [{ id: role.partnershipId, name: role.partnershipName }]
      : [],
  );
  return places.filter((place, index) => places.findIndex((p) => p.id === place.id) === index);
}

/** Write a good approach, or edit one's own; a programme manager's goes to a critical friend first. */
export function ApproachForm({ user, approach }: { user: TCurrentUser; approach?: TGoodApproach }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { fromZod, fromApi } = useFormErrors();
  const save = useSaveGoodApproach();
  const instrument = useCurrentInstrument();
  const localised = useLocalisedText();
  const formRef = useRef<HTMLFormElement>(null);
  const partnerships = partnershipsOf(user);
  // Critical friends and admins may write for the network as a whole; programme managers from their own.
  const networkWide = can(user.access, 'good-approach:publish');
  const [values, setValues] = useState<TValues>({
    title: approach?.title ?? '',
    context: approach?.context ?? '',
    whatWeDid: approach?.whatWeDid ?? '',
    whatItBrought: approach?.whatItBrought ?? '',
    whatItTook: approach?.whatItTook ?? '',
    contact: approach?.contact ?? '',
    themes: approach?.themes ?? [],
    indicatorIds: approach?.indicators.map((i) => i.id) ?? [],
    scenario: approach?.scenario ?? '',
    partnershipId: approach?.partnership?.id ?? (networkWide ? '' : (partnerships[0]?.id ?? '')),
  });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (field: keyof TValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const toggleTheme = (theme: TThemeNumber) =>
    setValues((v) => ({
      ...v,
      themes: v.themes.includes(theme) ? v.themes.filter((n) => n !== theme) : [...v.themes, theme].sort(),
    }));
  const toggleIndicator = (id: string) =>
    setValues((v) => ({
      ...v,
      indicatorIds: v.indicatorIds.includes(id) ? v.indicatorIds.filter((i) => i !== id) : [...v.indicatorIds, id],
    }));
  const indicatorsOfThemes = (instrument.data?.themes ?? [])
    .filter((theme) => values.themes.includes(theme.number as TThemeNumber))
    .flatMap((theme) => theme.indicators);
  const publishesDirectly = values.partnershipId
    ? can(user.access, 'good-approach:approve', { partnershipId: values.partnershipId })
    : networkWide;

  const send = (asDraft: boolean) => {
    const parsed = ZGoodApproachWrite.safeParse({
      ...values,
      scenario: values.scenario === '' ? null : values.scenario,
      partnershipId: values.partnershipId === '' ? null : values.partnershipId,
      // Indicators of a theme no longer chosen go with it.
      indicatorIds: values.indicatorIds.filter((id) => indicatorsOfThemes.some((i) => i.id === id)),
      asDraft,
    });
    if (!parsed.success) {
      setErrors(fromZod(parsed.error));
      requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
      return;
    }
    setErrors({});
    save.mutate(
      { id: approach?.id ?? null, approach: parsed.data },
      {
        onSuccess: (saved) => void navigate(`/good-approaches/${saved.id}`),
        onError: (error) => {
          setErrors(fromApi(error));
          requestAnimationFrame(() => focusFirstInvalidField(formRef.current));
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };

  return (
    <form ref={formRef} noValidate className={`surface ${styles.card} ${formStyles.form}`} onSubmit={onSubmit}>
      <TextField
        label={t('goodApproaches.fields.title')}
        required
        maxLength={160}
        value={values.title}
        onValueChange={set('title')}
        error={errors.title}
      />
      {STORY_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          label={t(`goodApproaches.fields.${field}`)}
          required
          rows={4}
          maxLength={4000}
          value={values[field]}
          onValueChange={set(field)}
          error={errors[field]}
        />
      ))}
      <TextField
        label={t('goodApproaches.fields.contact')}
        hint={t('goodApproaches.fields.contactHint')}
        maxLength={300}
        value={values.contact}
        onValueChange={set('contact')}
        error={errors.contact}
      />
      <fieldset className={styles.themes} aria-describedby={errors.themes ? 'themes-error' : undefined}>
        <legend>{t('goodApproaches.fields.themes')}</legend>
        {THEME_NUMBERS.map((theme) => (
          <label key={theme}>
            <input
              type="checkbox"
              name="themes"
              checked={values.themes.includes(theme)}
              onChange={() => toggleTheme(theme)}
            />
            {theme}. {t(`themesShort.theme${theme}`)}
          </label>
        ))}
        {errors.themes ? (
          <p id="themes-error" className={styles.error}>
            {errors.themes}
          </p>
        ) : null}
      </fieldset>
      {indicatorsOfThemes.length > 0 ? (
        <fieldset className={styles.themes}>
          <legend>{t('goodApproaches.fields.indicators')}</legend>
          {indicatorsOfThemes.map((indicator) => (
            <label key={indicator.id}>
              <input
                type="checkbox"
                name="indicatorIds"
                checked={values.indicatorIds.includes(indicator.id)}
                onChange={() => toggleIndicator(indicator.id)}
              />
              {indicator.code} {localised(indicator.text)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <SelectField
        label={t('goodApproaches.fields.scenario')}
        value={values.scenario}
        onValueChange={set('scenario')}
        error={errors.scenario}
      >
        <option value="">{t('goodApproaches.fields.scenarioNone')}</option>
        {SCENARIOS.map((s) => (
          <option key={s} value={s}>
            {t(`scenarios.${s}.label`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('goodApproaches.fields.partnership')}
        value={values.partnershipId}
        onValueChange={set('partnershipId')}
        error={errors.partnershipId}
      >
        {networkWide ? <option value="">{t('goodApproaches.fields.partnershipNone')}</option> : null}
        {partnerships.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      {publishesDirectly ? null : <p className={styles.muted}>{t('goodApproaches.form.approvalNote')}</p>}
      <FormAlert error={save.error} />
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={save.isPending}>
          {t(publishesDirectly ? 'goodApproaches.form.submitDirect' : 'goodApproaches.form.submitForApproval')}
        </button>
        <button type="button" className="button button-secondary" disabled={save.isPending} onClick={() => send(true)}>
          {t('goodApproaches.form.saveDraft')}
        </button>
      </div>
    </form>
  );
}
