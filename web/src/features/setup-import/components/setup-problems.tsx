import { useTranslation } from 'react-i18next';
import type { TSetupImportProblem } from '@koers/shared/setup-import';
import { TableScroller } from '../../../components/table-scroller.tsx';

/** Every problem of the file by sheet, row and column, in the interface's language. */
export function SetupProblems({ problems }: { problems: readonly TSetupImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('setupImport.result.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('setupImport.result.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('setupImport.result.sheet')}</th>
            <th scope="col" className="numeric">
              {t('setupImport.result.row')}
            </th>
            <th scope="col">{t('setupImport.result.column')}</th>
            <th scope="col">{t('setupImport.result.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            // A cell can hold more than one problem (an unknown kind in a duplicate row).
            <tr key={`${problem.sheet}-${problem.row}-${problem.column}-${problem.code}-${index}`}>
              <td data-label={t('setupImport.result.sheet')}>
                {problem.sheet === null
                  ? t('setupImport.result.wholeFile')
                  : t(`setupImport.sheets.${problem.sheet}`, { defaultValue: problem.sheet })}
              </td>
              <td data-label={t('setupImport.result.row')} className="numeric">
                {problem.row ?? '–'}
              </td>
              <td data-label={t('setupImport.result.column')}>
                {problem.column === null
                  ? '–'
                  : t(`setupImport.columns.${problem.column}`, { defaultValue: problem.column })}
              </td>
              <td data-label={t('setupImport.result.problem')}>
                {t(`setupImport.problems.${problem.code}`, { ...problem.params, defaultValue: problem.code })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
