import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TSetupImportResult } from '@koers/shared/setup-import';
import { SPREADSHEET_MAX_BYTES } from '@koers/shared/spreadsheet-upload';
import { FileField } from '../../../components/form/file-field.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useImportSetup } from '../api/import-setup.ts';
import { fileToBase64 } from '../utils/file-to-base64.ts';
import styles from './setup-import.module.css';
import { SetupProblems } from './setup-problems.tsx';

/** The chosen file as the API takes it, and which choice it was (a new choice asks for a new check). */
type TChosen = { file: string; name: string };
type TCheck = TSetupImportResult & { of: TChosen; refused: boolean };

const refusedForProblems = (error: unknown) =>
  error instanceof ApiRequestError && error.apiError?.code === 'VALIDATION_FAILED';

/**
 * Check first, then import: the import button opens only after a check without problems of the file chosen,
 * so what is imported is what was checked (the API checks again, all or nothing).
 */
export function SetupImport() {
  const { t } = useTranslation();
  const check = useImportSetup();
  const run = useImportSetup();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [chosen, setChosen] = useState<TChosen>();
  const [fileError, setFileError] = useState<string>();
  const [checked, setChecked] = useState<TCheck>();
  const [imported, setImported] = useState<TSetupImportResult>();

  const showCheck = (next: TCheck) => {
    flushSync(() => setChecked(next));
    resultRef.current?.focus();
  };

  const onFile = async (file: File | undefined) => {
    setFileError(undefined);
    setChosen(undefined);
    setImported(undefined);
    if (!file) return;
    if (file.size > SPREADSHEET_MAX_BYTES) {
      setFileError(t('setupImport.form.tooLarge'));
      return;
    }
    try {
      setChosen({ file: await fileToBase64(file), name: file.name });
    } catch {
      setFileError(t('setupImport.form.fileError'));
    }
  };

  const checkFile = (of: TChosen, refused: boolean) =>
    check.mutate({ file: of.file, dryRun: true }, { onSuccess: (result) => showCheck({ ...result, of, refused }) });

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    run.reset();
    if (!chosen) {
      flushSync(() => setFileError(t('setupImport.form.empty')));
      inputRef.current?.focus();
      return;
    }
    checkFile(chosen, false);
  };

  const canImport = checked !== undefined && !checked.refused && checked.problems.length === 0 && checked.of === chosen;

  const onImport = () => {
    if (!canImport) return;
    const of = chosen;
    run.mutate(
      { file: of.file, dryRun: false },
      {
        onSuccess: (result) => {
          setImported(result);
          setChecked(undefined);
          setChosen(undefined);
          if (inputRef.current) inputRef.current.value = '';
        },
        // Someone may have added one of these names since the check: a new check says which, row by row.
        onError: (error) => {
          if (refusedForProblems(error)) checkFile(of, true);
        },
      },
    );
  };

  const busy = check.isPending || run.isPending;
  const counts = (result: TSetupImportResult) => ({
    organisations: t('setupImport.result.counts.organisations', { count: result.counts.organisations }),
    partnerships: t('setupImport.result.counts.partnerships', { count: result.counts.partnerships }),
    people: t('setupImport.result.counts.people', { count: result.counts.people }),
  });
  return (
    <div className={styles.flow}>
      {imported ? (
        <Notice>
          <p>{t('setupImport.done', counts(imported))}</p>
        </Notice>
      ) : null}
      <form
        noValidate
        onSubmit={onCheck}
        aria-labelledby={`${id}-form`}
        aria-busy={busy}
        className={`surface ${styles.card}`}
      >
        <h2 id={`${id}-form`}>{t('setupImport.form.title')}</h2>
        <FileField
          ref={inputRef}
          label={t('setupImport.form.file')}
          hint={t('setupImport.form.fileHint')}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          error={fileError}
          onFile={(file) => void onFile(file)}
        />
        <FormAlert error={check.error} />
        <div className={styles.actions}>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {check.isPending ? t('setupImport.form.checking') : t('setupImport.form.check')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canImport || busy}
            aria-describedby={`${id}-import-hint`}
            onClick={onImport}
          >
            {run.isPending ? t('setupImport.form.importing') : t('setupImport.form.import')}
          </button>
        </div>
        <p id={`${id}-import-hint`} className={styles.muted}>
          {t('setupImport.form.importHint')}
        </p>
        {refusedForProblems(run.error) ? null : <FormAlert error={run.error} />}
      </form>
      {checked ? (
        <section aria-labelledby={`${id}-result`} className={`surface ${styles.card}`}>
          <h2 id={`${id}-result`} ref={resultRef} tabIndex={-1}>
            {t('setupImport.result.title')}
          </h2>
          {checked.of !== chosen ? <p className={styles.changed}>{t('setupImport.result.changed')}</p> : null}
          {checked.problems.length > 0 ? (
            <>
              <p className={styles.problemSummary}>
                {t(checked.refused ? 'setupImport.result.refused' : 'setupImport.result.problems', {
                  count: checked.problems.length,
                })}
              </p>
              <SetupProblems problems={checked.problems} />
            </>
          ) : (
            <>
              <p>{t('setupImport.result.clean')}</p>
              <ul>
                {Object.values(counts(checked)).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
