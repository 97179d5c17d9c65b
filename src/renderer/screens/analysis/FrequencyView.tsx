import { useMemo, useState } from 'react';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { codeFrequencies } from '../../../shared/analysis';
import { useT } from '../../i18n';
import { BarChart } from '../../components/charts/BarChart';
import { TableActions, type TableData } from './TableActions';
import { codeLabeler, roleName, rolesOf } from './labels';

type SortKey = 'code' | 'fragments' | 'documents' | 'respondents' | `role:${string}`;

/** Code frequencies: fragments, documents and respondents per code, per role; with a bar chart. */
export function FrequencyView({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = useT();
  const [respondentOnly, setRespondentOnly] = useState(false);
  const [includeDescendants, setIncludeDescendants] = useState(false);
  const [showEmpty, setShowEmpty] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'fragments', desc: true });
  const label = useMemo(() => codeLabeler(snapshot), [snapshot]);
  const all = useMemo(() => codeFrequencies(snapshot, { respondentOnly, includeDescendants }), [snapshot, respondentOnly, includeDescendants]);
  const roles = useMemo(() => rolesOf(snapshot, all.flatMap((r) => Object.keys(r.byRole))), [snapshot, all]);

  const rows = useMemo(() => {
    const list = showEmpty ? all : all.filter((r) => r.fragments > 0);
    const value = (r: (typeof all)[number]): number | string => {
      if (sort.key === 'code') return label(r.codeId).toLowerCase();
      if (sort.key.startsWith('role:')) return r.byRole[sort.key.slice(5)]?.fragments ?? 0;
      return r[sort.key as 'fragments' | 'documents' | 'respondents'];
    };
    return [...list].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return (sort.desc ? -cmp : cmp) || label(a.codeId).localeCompare(label(b.codeId));
    });
  }, [all, showEmpty, sort, label]);

  const table: TableData = {
    header: [
      t('app.analysis.code'),
      t('app.analysis.fragments'),
      t('app.analysis.documents'),
      t('app.analysis.respondents'),
      ...roles.map((r) => t('app.analysis.roleFragments', { role: roleName(t, r) })),
    ],
    rows: rows.map((r) => [label(r.codeId), String(r.fragments), String(r.documents), String(r.respondents), ...roles.map((role) => String(r.byRole[role]?.fragments ?? 0))]),
  };

  const bars = rows
    .filter((r) => r.fragments > 0)
    .sort((a, b) => b.fragments - a.fragments)
    .slice(0, 25)
    .map((r) => ({ id: r.codeId, label: label(r.codeId), value: r.fragments, color: snapshot.codes.find((c) => c.id === r.codeId)?.color }));

  function header(key: SortKey, text: string, numeric = true) {
    const active = sort.key === key;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, desc: active ? !sort.desc : numeric })}>
          {text}
          <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  }

  return (
    <div className="analysis-view" data-testid="frequency-view">
      <div className="analysis-tools">
        <label className="checkbox">
          <input type="checkbox" checked={respondentOnly} onChange={(e) => setRespondentOnly(e.target.checked)} data-testid="freq-respondent-only" />
          {t('app.analysis.respondentOnly')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeDescendants} onChange={(e) => setIncludeDescendants(e.target.checked)} data-testid="freq-descendants" />
          {t('app.analysis.includeDescendants')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={showEmpty} onChange={(e) => setShowEmpty(e.target.checked)} />
          {t('app.analysis.showEmpty')}
        </label>
        <TableActions table={table} fileStem={`${snapshot.project.name} ${t('app.analysis.fileFrequencies')}`} testId="freq" />
      </div>
      {rows.length === 0 ? (
        <p className="empty-state">{t('app.analysis.noCodings')}</p>
      ) : (
        <div className="analysis-split">
          <div className="table-scroll">
            <table className="table analysis-table" data-testid="freq-table">
              <caption className="sr-only">{t('app.analysis.tabFrequencies')}</caption>
              <thead>
                <tr>
                  {header('code', t('app.analysis.code'), false)}
                  {header('fragments', t('app.analysis.fragments'))}
                  {header('documents', t('app.analysis.documents'))}
                  {header('respondents', t('app.analysis.respondents'))}
                  {roles.map((role) => (
                    <th key={role} scope="col" className="num" aria-sort={sort.key === `role:${role}` ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                      <button
                        type="button"
                        className="sort-button"
                        title={t('app.analysis.roleFragments', { role: roleName(t, role) })}
                        onClick={() => setSort({ key: `role:${role}`, desc: sort.key === `role:${role}` ? !sort.desc : true })}
                      >
                        {roleName(t, role)}
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.codeId} data-testid="freq-row" data-code={label(r.codeId)}>
                    <th scope="row">{label(r.codeId)}</th>
                    <td className="num" data-col="fragments">
                      {r.fragments}
                    </td>
                    <td className="num" data-col="documents">
                      {r.documents}
                    </td>
                    <td className="num" data-col="respondents">
                      {r.respondents}
                    </td>
                    {roles.map((role) => (
                      <td
                        key={role}
                        className="num"
                        data-col={`role:${role}`}
                        title={t('app.analysis.roleCell', { fragments: r.byRole[role]?.fragments ?? 0, respondents: r.byRole[role]?.respondents ?? 0 })}
                      >
                        {r.byRole[role]?.fragments ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figure className="analysis-chart">
            <BarChart title={t('app.analysis.chartFrequencies')} bars={bars} valueLabel={t('app.analysis.fragmentsLower')} testId="freq-chart" />
            <figcaption className="hint">{t('app.analysis.chartFrequenciesCaption', { count: bars.length })}</figcaption>
          </figure>
        </div>
      )}
    </div>
  );
}
