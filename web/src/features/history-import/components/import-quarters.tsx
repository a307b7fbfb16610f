import { useTranslation } from 'react-i18next';
import type { THistoryImportResult } from '@koers/shared/history-import';
import { TableScroller } from '../../../components/table-scroller.tsx';

/** The quarters a clean check would import, with how many responses and answers each brings. */
export function ImportQuarters({ quarters }: { quarters: THistoryImportResult['quarters'] }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('historyImport.result.quartersCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('historyImport.result.quartersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('historyImport.result.period')}</th>
            <th scope="col" className="numeric">
              {t('historyImport.result.responses')}
            </th>
            <th scope="col" className="numeric">
              {t('historyImport.result.answers')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter) => (
            <tr key={quarter.period}>
              <th scope="row">{quarter.period}</th>
              <td data-label={t('historyImport.result.responses')} className="numeric">
                {quarter.responses}
              </td>
              <td data-label={t('historyImport.result.answers')} className="numeric">
                {quarter.answers}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
