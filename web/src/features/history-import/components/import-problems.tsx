import { useTranslation } from 'react-i18next';
import type { TImportProblem } from '@koers/shared/history-import';
import { TableScroller } from '../../../components/table-scroller.tsx';
import { useProblemReasons } from '../utils/problem-reasons.ts';
import styles from './history-import.module.css';

/** Every problem of the file with its line, so all can be fixed before the next check. */
export function ImportProblems({ problems }: { problems: readonly TImportProblem[] }) {
  const { t } = useTranslation();
  const reasons = useProblemReasons();
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
          {problems.map((problem, index) => (
            // One line can carry more than one problem (a duplicate answer is reported separately).
            <tr key={`${problem.line}-${index}`}>
              <th scope="row" className="numeric">
                {problem.line}
              </th>
              <td data-label={t('historyImport.result.reason')}>
                <ul className={styles.reasons}>
                  {reasons(problem.message).map((reason) => (
                    <li key={reason}>{reason}</li>
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
