import { useTranslation } from 'react-i18next';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import type { TFieldErrors } from '../../../lib/form-errors.ts';
import { MAX_INDICATORS, type TDraftIndicator, type TDraftTheme } from '../utils/draft-form.ts';
import { IndicatorEditor } from './indicator-editor.tsx';
import styles from './instrument-versions.module.css';

type TThemeEditorProps = {
  index: number;
  theme: TDraftTheme;
  predecessor: TInstrumentVersion | undefined;
  errors: TFieldErrors;
  onChange: (theme: TDraftTheme) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
};

/** One theme of a draft: its names and question in both languages, and its indicators. */
export function ThemeEditor({ index, theme, predecessor, errors, onChange, onAdd, onRemove }: TThemeEditorProps) {
  const { t } = useTranslation();
  const localised = useLocalisedText();
  const path = `themes.${index}`;
  const setIndicator = (key: string, indicator: TDraftIndicator) =>
    onChange({ ...theme, indicators: theme.indicators.map((i) => (i.key === key ? indicator : i)) });
  const full = theme.indicators.length >= MAX_INDICATORS;

  return (
    <fieldset className={`surface ${styles.card}`} data-theme={index}>
      <legend>{t('instrumentVersions.editor.theme', { number: theme.number, name: localised(theme.name) })}</legend>
      <div className={styles.pair}>
        <TextField
          label={t('instrumentVersions.editor.nameNl')}
          value={theme.name.nl}
          onValueChange={(nl) => onChange({ ...theme, name: { ...theme.name, nl } })}
          error={errors[`${path}.name.nl`]}
        />
        <TextField
          label={t('instrumentVersions.editor.nameEn')}
          lang="en"
          value={theme.name.en}
          onValueChange={(en) => onChange({ ...theme, name: { ...theme.name, en } })}
          error={errors[`${path}.name.en`]}
        />
        <TextAreaField
          label={t('instrumentVersions.editor.questionNl')}
          rows={2}
          value={theme.question.nl}
          onValueChange={(nl) => onChange({ ...theme, question: { ...theme.question, nl } })}
          error={errors[`${path}.question.nl`]}
        />
        <TextAreaField
          label={t('instrumentVersions.editor.questionEn')}
          lang="en"
          rows={2}
          value={theme.question.en}
          onValueChange={(en) => onChange({ ...theme, question: { ...theme.question, en } })}
          error={errors[`${path}.question.en`]}
        />
      </div>
      <h3 className={styles.indicatorsTitle}>{t('instrumentVersions.editor.indicators', { number: theme.number })}</h3>
      <ol className={styles.indicators}>
        {theme.indicators.map((indicator, ii) => (
          <li key={indicator.key} data-indicator={indicator.key}>
            <IndicatorEditor
              indicator={indicator}
              path={`${path}.indicators.${ii}`}
              predecessor={predecessor}
              errors={errors}
              canRemove={theme.indicators.length > 1}
              onChange={(next) => setIndicator(indicator.key, next)}
              onRemove={() => onRemove(indicator.key)}
            />
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button-secondary button-small"
          data-add-indicator
          disabled={full}
          onClick={onAdd}
        >
          {t('instrumentVersions.editor.add')}
          <span className="visually-hidden">
            {' '}
            ({t('instrumentVersions.editor.indicators', { number: theme.number })})
          </span>
        </button>
        {full ? <p className={styles.muted}>{t('instrumentVersions.editor.full', { count: MAX_INDICATORS })}</p> : null}
      </div>
    </fieldset>
  );
}
