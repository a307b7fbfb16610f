import { useTranslation } from 'react-i18next';
import type { THistoryImportProblem } from '@koers/shared/history-import';
import { TableScroller } from '../../../components/table-scroller.tsx';
import styles from './history-import.module.css';

/** The problems of one line of the file (or of the whole file, without a line). */
type TLineProblems = { line: number | null; problems: THistoryImportProblem[] };

function byLine(problems: readonly THistoryImportProblem[]): TLineProblems[] {
  const lines: TLineProblems[] = [];
  for (const problem of problems) {
    const last = lines.at(-1);
    if (last && last.line === problem.row) last.problems.push(problem);
    else lines.push({ line: problem.row, problems: [problem] });
  }
  return lines;
}

/** Every problem of the file with its line, so all can be fixed before the next check. */
export function ImportProblems({ problems }: { problems: readonly THistoryImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('historyImport.result.problemsCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('historyImport.result.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('historyImport.result.line')}
            </th>
            <th scope="col">{t('historyImport.result.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {byLine(problems).map(({ line, problems: reasons }, index) => (
            <tr key={`${line}-${index}`}>
              <th scope="row" className="numeric">
                {line ?? '–'}
              </th>
              <td data-label={t('historyImport.result.reason')}>
                <ul className={styles.reasons}>
                  {reasons.map((problem, i) => (
                    <li key={`${problem.code}-${i}`}>
                      {t(`historyImport.problem.${problem.code}`, { ...problem.params, defaultValue: problem.code })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
