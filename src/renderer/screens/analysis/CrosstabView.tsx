import { useMemo, useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { crosstab } from '../../../shared/analysis';
import { useT } from '../../i18n';
import { heatColor } from '../../components/charts/scale';
import { TableActions, type TableData } from './TableActions';
import { codeLabeler, roleName } from './labels';

type Columns = 'role' | 'document' | { attribute: string };
type Measure = 'fragments' | 'respondents';

/** Code × role / document / respondent attribute, counting fragments or respondents, with totals. */
export function CrosstabView({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = useT();
  const [columnsKey, setColumnsKey] = useState('role');
  const [measure, setMeasure] = useState<Measure>('fragments');
  const label = useMemo(() => codeLabeler(snapshot), [snapshot]);
  const attributes = useMemo(() => [...new Set(snapshot.respondents.flatMap((r) => Object.keys(r.attributes)))].sort((a, b) => a.localeCompare(b)), [snapshot.respondents]);
  const columns: Columns = columnsKey === 'role' || columnsKey === 'document' ? columnsKey : { attribute: columnsKey.slice(5) };

  const result = useMemo(() => {
    const codings = new Set(snapshot.codings.map((c) => c.codeId));
    const codeIds = snapshot.codes.filter((c) => codings.has(c.id)).sort((a, b) => a.order - b.order).map((c) => c.id);
    return crosstab(snapshot, { columns, measure, codeIds });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `columns` is derived from columnsKey
  }, [snapshot, columnsKey, measure]);

  const columnName = (key: string): string => {
    if (columnsKey === 'role') return roleName(t, key);
    if (columnsKey === 'document') return result.columnLabels[result.columns.indexOf(key)] ?? key;
    return key || t('app.analysis.noValue');
  };
  const colNames = result.columns.map(columnName);
  let max = 0;
  for (const row of result.cells) for (const v of row) max = Math.max(max, v);
  const grand = result.total;

  const table: TableData = {
    header: [t('app.analysis.code'), ...colNames, t('app.analysis.total')],
    rows: [
      ...result.rowIds.map((id, r) => [label(id), ...result.columns.map((_, c) => String(result.cells[r]?.[c] ?? 0)), String(result.rowTotals[r] ?? 0)]),
      [t('app.analysis.total'), ...result.columnTotals.map(String), String(grand)],
    ],
  };

  return (
    <div className="analysis-view" data-testid="crosstab-view">
      <div className="analysis-tools">
        <label className="inline-field">
          <span>{t('app.analysis.columns')}</span>
          <select value={columnsKey} onChange={(e) => setColumnsKey(e.target.value)} data-testid="crosstab-columns">
            <option value="role">{t('app.analysis.byRole')}</option>
            <option value="document">{t('app.analysis.byDocument')}</option>
            {attributes.map((a) => (
              <option key={a} value={`attr:${a}`}>
                {t('app.analysis.byAttribute', { attribute: a })}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend className="sr-only">{t('app.analysis.measure')}</legend>
          <label className="checkbox">
            <input type="radio" name="crosstab-measure" checked={measure === 'fragments'} onChange={() => setMeasure('fragments')} data-testid="crosstab-fragments" />
            {t('app.analysis.fragments')}
          </label>
          <label className="checkbox">
            <input type="radio" name="crosstab-measure" checked={measure === 'respondents'} onChange={() => setMeasure('respondents')} data-testid="crosstab-respondents" />
            {t('app.analysis.respondents')}
          </label>
        </fieldset>
        <TableActions table={table} fileStem={`${snapshot.project.name} ${t('app.analysis.fileCrosstab')}`} testId="crosstab" />
      </div>
      {measure === 'respondents' && <p className="hint">{t('app.analysis.respondentTotalsHelp')}</p>}
      {result.rowIds.length === 0 ? (
        <p className="empty-state">{t('app.analysis.noCodings')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table analysis-table" data-testid="crosstab-table">
            <caption className="sr-only">{t('app.analysis.tabCrosstab')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('app.analysis.code')}</th>
                {colNames.map((name, c) => (
                  <th key={result.columns[c]} scope="col" className="num">
                    {name}
                  </th>
                ))}
                <th scope="col" className="num total">
                  {t('app.analysis.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rowIds.map((id, r) => (
                <tr key={id} data-testid="crosstab-row" data-code={label(id)}>
                  <th scope="row">{label(id)}</th>
                  {result.columns.map((col, c) => {
                    const v = result.cells[r]?.[c] ?? 0;
                    const { fill, ink } = heatColor(v, max);
                    return (
                      <td key={col} className="num" style={{ background: fill, color: ink }} title={`${label(id)} × ${colNames[c]}: ${v}`}>
                        {v}
                      </td>
                    );
                  })}
                  <td className="num total" data-testid="crosstab-row-total">
                    {result.rowTotals[r] ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="crosstab-totals">
                <th scope="row">{t('app.analysis.total')}</th>
                {result.columnTotals.map((v, c) => (
                  <td key={result.columns[c]} className="num total">
                    {v}
                  </td>
                ))}
                <td className="num total" data-testid="crosstab-grand-total">
                  {grand}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
