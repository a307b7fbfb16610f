import { useTranslation } from 'react-i18next';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import type { TFieldErrors } from '../../../lib/form-errors.ts';
import type { TDraftIndicator } from '../utils/draft-form.ts';
import styles from './instrument-versions.module.css';

type TIndicatorEditorProps = {
  indicator: TDraftIndicator;
  path: string;
  predecessor: TInstrumentVersion | undefined;
  errors: TFieldErrors;
  canRemove: boolean;
  onChange: (indicator: TDraftIndicator) => void;
  onRemove: () => void;
};

/** One indicator: its code, the indicator of the version in use it continues, and its text in both languages. */
export function IndicatorEditor({
  indicator,
  path,
  predecessor,
  errors,
  canRemove,
  onChange,
  onRemove,
}: TIndicatorEditorProps) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  const name = indicator.code.trim()
    ? t('instrumentVersions.editor.indicator', { code: indicator.code.trim() })
    : t('instrumentVersions.editor.newIndicator');
  return (
    <fieldset className={styles.indicator}>
      <legend>{name}</legend>
      <div className={styles.indicatorFields}>
        <TextField
          label={t('instrumentVersions.editor.code')}
          hint={t('instrumentVersions.editor.codeHint')}
          value={indicator.code}
          maxLength={5}
          autoComplete="off"
          onValueChange={(code) => onChange({ ...indicator, code })}
          error={errors[`${path}.code`]}
        />
        <SelectField
          label={t('instrumentVersions.editor.continues')}
          hint={t('instrumentVersions.editor.continuesHint', { version: predecessor?.version ?? '–' })}
          value={indicator.continuesIndicatorId ?? ''}
          onValueChange={(id) => onChange({ ...indicator, continuesIndicatorId: id || null })}
          error={errors[`${path}.continuesIndicatorId`]}
        >
          <option value="">{t('instrumentVersions.editor.continuesNew')}</option>
          {predecessor?.themes.map((theme) => (
            <optgroup
              key={theme.number}
              label={t('instrumentVersions.editor.continuesGroup', { number: theme.number })}
            >
              {theme.indicators.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.code} {localised(option.text)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label={t('instrumentVersions.editor.textNl')}
        rows={2}
        value={indicator.text.nl}
        onValueChange={(nl) => onChange({ ...indicator, text: { ...indicator.text, nl } })}
        error={errors[`${path}.text.nl`]}
      />
      <TextAreaField
        label={t('instrumentVersions.editor.textEn')}
        lang="en"
        rows={2}
        value={indicator.text.en}
        onValueChange={(en) => onChange({ ...indicator, text: { ...indicator.text, en } })}
        error={errors[`${path}.text.en`]}
      />
      <div className={styles.actions}>
        <button type="button" className="button button-danger button-small" disabled={!canRemove} onClick={onRemove}>
          {t('instrumentVersions.editor.remove')}
          <span className="visually-hidden">: {name}</span>
        </button>
        {canRemove ? null : <p className={styles.muted}>{t('instrumentVersions.editor.lastOne')}</p>}
      </div>
    </fieldset>
  );
}
