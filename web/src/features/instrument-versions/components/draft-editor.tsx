import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ZInstrumentDraft, type TInstrumentVersion, type TLocalisedText } from '@koers/shared/instrument';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useLocalisedText } from '../../../i18n/use-localised-text.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useUpdateDraft } from '../api/update-draft.ts';
import {
  codeProblems,
  draftBody,
  draftForm,
  MAX_INDICATORS,
  newIndicator,
  type TDraftForm,
  type TDraftIndicator,
  type TDraftTheme,
} from '../utils/draft-form.ts';
import styles from './instrument-versions.module.css';

type DraftEditorProps = {
  draft: TInstrumentVersion;
  /** The version in use now, which this draft replaces: its indicators are what an indicator can continue. */
  predecessor: TInstrumentVersion | undefined;
  onPublish: () => void;
  publishing: boolean;
  publishError: unknown;
};

/** Edits a draft version: texts, indicators added and removed, and which indicator each one continues. */
export function DraftEditor({ draft, predecessor, onPublish, publishing, publishError }: DraftEditorProps) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const update = useUpdateDraft();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<TDraftForm>(() => draftForm(draft, (indicator) => indicator.continuesIndicatorId));
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(draftBody(form)));
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const dirty = JSON.stringify(draftBody(form)) !== savedBody;

  const change = (next: TDraftForm) => {
    setForm(next);
    setSaved(false);
  };
  const changeTheme = (index: number, theme: TDraftTheme) =>
    change({ ...form, themes: form.themes.map((other, i) => (i === index ? theme : other)) });

  const themeElement = (index: number) => formRef.current?.querySelector(`[data-theme="${index}"]`);

  const addIndicator = (index: number, theme: TDraftTheme) => {
    const added = newIndicator(theme);
    // Error paths count indicators by position, which adding or removing shifts.
    flushSync(() => {
      setFieldErrors({});
      changeTheme(index, { ...theme, indicators: [...theme.indicators, added] });
    });
    themeElement(index)?.querySelector<HTMLElement>(`[data-indicator="${added.key}"] input`)?.focus();
  };

  const removeIndicator = (index: number, theme: TDraftTheme, key: string) => {
    flushSync(() => {
      setFieldErrors({});
      changeTheme(index, { ...theme, indicators: theme.indicators.filter((i) => i.key !== key) });
    });
    themeElement(index)?.querySelector<HTMLElement>('[data-add-indicator]')?.focus();
  };

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = ZInstrumentDraft.safeParse(draftBody(form));
    const errors: TFieldErrors = parsed.success ? {} : fromZod(parsed.error);
    // The schema's own message for a code is generic; say what a code looks like.
    for (const path of Object.keys(errors)) {
      if (path.endsWith('.code')) errors[path] = t('instrumentVersions.editor.codeInvalid');
    }
    for (const { path, problem } of codeProblems(form)) {
      errors[path] ??= t(
        problem === 'taken' ? 'instrumentVersions.editor.codeTaken' : 'instrumentVersions.editor.codeTheme',
      );
    }
    flushSync(() => {
      setFieldErrors(errors);
      setInvalid(Object.keys(errors).length > 0);
    });
    if (!parsed.success || Object.keys(errors).length > 0) return focusFirstInvalidField(formRef.current);
    update.mutate(
      { version: draft.version, draft: parsed.data },
      {
        onSuccess: () => {
          setSavedBody(JSON.stringify(draftBody(form)));
          setSaved(true);
        },
        onError: (error) => {
          flushSync(() => setFieldErrors(fromApi(error)));
          focusFirstInvalidField(formRef.current);
        },
      },
    );
  };

  const setTitle = (title: TLocalisedText) => change({ ...form, title });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSave}
      aria-label={t('instrumentVersions.versionLabel', { version: draft.version })}
      className={styles.editor}
    >
      <p className={styles.muted}>{t('instrumentVersions.editor.intro', { version: predecessor?.version ?? '–' })}</p>
      <fieldset className={`surface ${styles.card}`}>
        <legend>{t('instrumentVersions.editor.general')}</legend>
        <div className={styles.pair}>
          <TextField
            label={t('instrumentVersions.editor.titleNl')}
            value={form.title.nl}
            onValueChange={(nl) => setTitle({ ...form.title, nl })}
            error={fieldErrors['title.nl']}
          />
          <TextField
            label={t('instrumentVersions.editor.titleEn')}
            lang="en"
            value={form.title.en}
            onValueChange={(en) => setTitle({ ...form.title, en })}
            error={fieldErrors['title.en']}
          />
        </div>
      </fieldset>
      {form.themes.map((theme, index) => (
        <ThemeEditor
          key={theme.number}
          index={index}
          theme={theme}
          predecessor={predecessor}
          errors={fieldErrors}
          onChange={(next) => changeTheme(index, next)}
          onAdd={() => addIndicator(index, theme)}
          onRemove={(key) => removeIndicator(index, theme, key)}
        />
      ))}
      <div className={styles.footer}>
        {invalid ? (
          <div role="alert" className={styles.alert}>
            {t('instrumentVersions.editor.invalid')}
          </div>
        ) : null}
        <FormAlert error={update.error} />
        <FormAlert error={publishError} />
        {saved && !dirty ? (
          <Notice>
            <p>{t('instrumentVersions.editor.saved')}</p>
          </Notice>
        ) : null}
        {dirty ? <p className={styles.muted}>{t('instrumentVersions.editor.unsaved')}</p> : null}
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('instrumentVersions.editor.saving') : t('instrumentVersions.editor.save')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={dirty || update.isPending || publishing}
            aria-describedby={dirty ? 'publish-save-first' : undefined}
            onClick={() => setConfirming(true)}
          >
            {t('instrumentVersions.publish.button')}
          </button>
        </div>
        {dirty ? (
          <p id="publish-save-first" className={styles.muted}>
            {t('instrumentVersions.publish.saveFirst')}
          </p>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          tone="primary"
          title={t('instrumentVersions.publish.title', { version: draft.version })}
          confirmLabel={t('instrumentVersions.publish.confirm', { version: draft.version })}
          cancelLabel={t('instrumentVersions.publish.cancel')}
          busy={publishing}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onPublish();
          }}
        >
          <p>{t('instrumentVersions.publish.intro')}</p>
          <ul>
            <li>{t('instrumentVersions.publish.now', { version: draft.version })}</li>
            {predecessor ? <li>{t('instrumentVersions.publish.retire', { previous: predecessor.version })}</li> : null}
            <li>{t('instrumentVersions.publish.frozen', { version: draft.version })}</li>
            <li>{t('instrumentVersions.publish.trends')}</li>
          </ul>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

type ThemeEditorProps = {
  index: number;
  theme: TDraftTheme;
  predecessor: TInstrumentVersion | undefined;
  errors: TFieldErrors;
  onChange: (theme: TDraftTheme) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
};

function ThemeEditor({ index, theme, predecessor, errors, onChange, onAdd, onRemove }: ThemeEditorProps) {
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

type IndicatorEditorProps = {
  indicator: TDraftIndicator;
  path: string;
  predecessor: TInstrumentVersion | undefined;
  errors: TFieldErrors;
  canRemove: boolean;
  onChange: (indicator: TDraftIndicator) => void;
  onRemove: () => void;
};

function IndicatorEditor({
  indicator,
  path,
  predecessor,
  errors,
  canRemove,
  onChange,
  onRemove,
}: IndicatorEditorProps) {
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
