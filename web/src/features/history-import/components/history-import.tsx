import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { THistoryImportProblem, THistoryImportResult } from '@koers/shared/history-import';
import { FileField } from '../../../components/form/file-field.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useImportHistory } from '../api/import-history.ts';
import { NotTextFileError, readCsvFile } from '../utils/read-csv-file.ts';
import { ApiRequestError } from '../../../lib/api-client.ts';
import styles from './history-import.module.css';
import { ImportProblems } from './import-problems.tsx';
import { ImportQuarters } from './import-quarters.tsx';

/** What the last check (or a refused import) said about which contents. */
type TCheck = {
  csv: string;
  problems: THistoryImportProblem[];
  quarters: THistoryImportResult['quarters'];
  refused: boolean;
};

const refusedForProblems = (error: unknown) =>
  error instanceof ApiRequestError && error.apiError?.code === 'VALIDATION_FAILED';

/**
 * Check first, then import: the import button opens only after a check without problems of exactly the
 * contents on screen, so what is imported is what was checked (the API still checks again, all or nothing).
 */
export function HistoryImport({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const check = useImportHistory();
  const run = useImportHistory();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState<string>();
  const [emptyError, setEmptyError] = useState<string>();
  const [checked, setChecked] = useState<TCheck>();
  const [imported, setImported] = useState<THistoryImportResult>();

  const showCheck = (next: TCheck) => {
    flushSync(() => setChecked(next));
    resultRef.current?.focus();
  };

  const onContents = (next: string) => {
    setCsv(next);
    setEmptyError(undefined);
    setImported(undefined);
  };

  const onFile = async (file: File | undefined) => {
    setFileError(undefined);
    if (!file) return;
    try {
      onContents(await readCsvFile(file));
    } catch (error) {
      if (!(error instanceof NotTextFileError)) setFileError(t('historyImport.form.fileError'));
      else setFileError(t(error.workbook ? 'historyImport.form.workbook' : 'historyImport.form.notText'));
    }
  };

  const checkContents = (contents: string, refused: boolean) =>
    check.mutate(
      { partnershipId, csv: contents, dryRun: true },
      { onSuccess: (result) => showCheck({ csv: contents, ...result, refused }) },
    );

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    run.reset();
    if (csv.trim() === '') {
      flushSync(() => setEmptyError(t('historyImport.form.empty')));
      formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    checkContents(csv, false);
  };

  const cleanCheck = checked !== undefined && !checked.refused && checked.problems.length === 0;
  const canImport = cleanCheck && checked.csv === csv && checked.quarters.length > 0;

  const onImport = () => {
    if (!canImport) return;
    const contents = csv;
    run.mutate(
      { partnershipId, csv: contents, dryRun: false },
      {
        onSuccess: (result) => {
          setImported(result);
          setChecked(undefined);
          setCsv('');
        },
        // Someone may have imported or started one of these quarters since the check: a new check says which.
        onError: (error) => {
          if (refusedForProblems(error)) checkContents(contents, true);
        },
      },
    );
  };

  const busy = check.isPending || run.isPending;
  return (
    <div className={styles.flow}>
      {imported ? (
        <Notice>
          <p>
            {t('historyImport.done.text', {
              count: imported.quarters.length,
              periods: imported.quarters.map((q) => q.period).join(', '),
            })}
          </p>
          <p>
            <Link to={`/partnerships/${partnershipId}`}>{t('historyImport.done.link')}</Link>
          </p>
        </Notice>
      ) : null}
      <form
        ref={formRef}
        noValidate
        onSubmit={onCheck}
        aria-labelledby="history-import-form"
        aria-busy={busy}
        className={`surface ${styles.card}`}
      >
        <h2 id="history-import-form">{t('historyImport.form.title')}</h2>
        <FileField
          label={t('historyImport.form.file')}
          hint={t('historyImport.form.fileHint')}
          accept=".csv,text/csv,text/plain"
          error={fileError}
          onFile={(file) => void onFile(file)}
        />
        <TextAreaField
          label={t('historyImport.form.text')}
          hint={t('historyImport.form.textHint')}
          value={csv}
          rows={10}
          spellCheck={false}
          onValueChange={onContents}
          error={emptyError}
        />
        <FormAlert error={check.error} />
        <div className={styles.actions}>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {check.isPending ? t('historyImport.form.checking') : t('historyImport.form.check')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canImport || busy}
            aria-describedby="history-import-hint"
            onClick={onImport}
          >
            {run.isPending ? t('historyImport.form.importing') : t('historyImport.form.import')}
          </button>
        </div>
        <p id="history-import-hint" className={styles.muted}>
          {t('historyImport.form.importHint')}
        </p>
        {refusedForProblems(run.error) ? null : <FormAlert error={run.error} />}
      </form>
      {checked ? (
        <section aria-labelledby="history-import-result" className={`surface ${styles.card}`}>
          <h2 id="history-import-result" ref={resultRef} tabIndex={-1}>
            {t('historyImport.result.title')}
          </h2>
          {checked.csv !== csv ? <p className={styles.changed}>{t('historyImport.result.changed')}</p> : null}
          {checked.problems.length > 0 ? (
            <>
              <p className={styles.problemSummary}>
                {t(checked.refused ? 'historyImport.result.refused' : 'historyImport.result.problems', {
                  count: checked.problems.length,
                })}
              </p>
              <ImportProblems problems={checked.problems} />
            </>
          ) : checked.quarters.length === 0 ? (
            <p>{t('historyImport.result.nothing')}</p>
          ) : (
            <>
              <p>{t('historyImport.result.clean', { count: checked.quarters.length })}</p>
              <ImportQuarters quarters={checked.quarters} />
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
