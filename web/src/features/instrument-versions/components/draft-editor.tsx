import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ZInstrumentDraft, type TInstrumentVersion, type TLocalisedText } from '@koers/shared/instrument';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useUpdateDraft } from '../api/update-draft.ts';
import {
  codeProblems,
  draftBody,
  draftForm,
  newIndicator,
  type TDraftForm,
  type TDraftTheme,
} from '../utils/draft-form.ts';
import { SaveAndPublish } from './save-and-publish.tsx';
import { ThemeEditor } from './theme-editor.tsx';
import styles from './instrument-versions.module.css';

type TDraftEditorProps = {
  draft: TInstrumentVersion;
  /** The version in use now, which this draft replaces: its indicators are what an indicator can continue. */
  predecessor: TInstrumentVersion | undefined;
  onPublish: () => void;
  publishing: boolean;
  publishError: unknown;
};

/** Edits a draft version: texts, indicators added and removed, and which indicator each one continues. */
export function DraftEditor({ draft, predecessor, onPublish, publishing, publishError }: TDraftEditorProps) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const update = useUpdateDraft();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<TDraftForm>(() => draftForm(draft, (indicator) => indicator.continuesIndicatorId));
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(draftBody(form)));
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

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
      <SaveAndPublish
        version={draft.version}
        predecessorVersion={predecessor?.version}
        invalid={invalid}
        saved={saved}
        dirty={dirty}
        saving={update.isPending}
        saveError={update.error}
        publishing={publishing}
        publishError={publishError}
        onPublish={onPublish}
      />
    </form>
  );
}
