import { useMemo, useState } from 'react';
import type { Id, ProjectSnapshot } from '../../../shared/model/types';
import { codeFrequencies, coOccurrence, coOccurrenceFragments } from '../../../shared/analysis';
import { useT } from '../../i18n';
import { HeatMap } from '../../components/charts/HeatMap';
import { heatColor } from '../../components/charts/scale';
import { childrenByParent } from '../../lib/codebook-ui';
import { TableActions, type TableData } from './TableActions';
import { codeLabeler } from './labels';

type Mode = 'overlap' | 'turn';
type Scope = { kind: 'coded' } | { kind: 'category'; id: Id } | { kind: 'top'; n: number };

/** Which codes co-occur: matrix with heat-map colouring; a cell opens the fragment pairs behind it. */
export function CoOccurrenceView({ snapshot }: { snapshot: ProjectSnapshot }) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('overlap');
  const [scope, setScope] = useState<Scope>({ kind: 'coded' });
  const [topN, setTopN] = useState(10);
  const [cell, setCell] = useState<{ a: Id; b: Id } | null>(null);
  const label = useMemo(() => codeLabeler(snapshot), [snapshot]);

  const categories = useMemo(() => {
    const children = childrenByParent(snapshot.codes);
    return snapshot.codes.filter((c) => (children.get(c.id)?.length ?? 0) > 0).sort((a, b) => a.label.localeCompare(b.label));
  }, [snapshot.codes]);

  const codeIds = useMemo(() => {
    const freq = codeFrequencies(snapshot, {}).filter((r) => r.fragments > 0);
    if (scope.kind === 'top') return [...freq].sort((a, b) => b.fragments - a.fragments).slice(0, scope.n).map((r) => r.codeId);
    if (scope.kind === 'category') return (childrenByParent(snapshot.codes).get(scope.id) ?? []).map((c) => c.id);
    const coded = new Set(freq.map((r) => r.codeId));
    return snapshot.codes.filter((c) => coded.has(c.id)).sort((a, b) => a.order - b.order).map((c) => c.id);
  }, [snapshot, scope]);

  const result = useMemo(() => coOccurrence(snapshot, { mode, codeIds }), [snapshot, mode, codeIds]);
  const ids = result.codeIds;
  const labels = ids.map((id) => ({ id, label: label(id) }));
  let max = 0;
  ids.forEach((_, r) => ids.forEach((__, c) => r !== c && (max = Math.max(max, result.matrix[r]?.[c] ?? 0))));

  const pairs = useMemo(() => (cell ? coOccurrenceFragments(snapshot, cell.a, cell.b, mode) : []), [snapshot, cell, mode]);
  const selected = cell ? { row: ids.indexOf(cell.a), col: ids.indexOf(cell.b) } : null;
  const describe = (a: string, b: string, v: number) => t('app.analysis.cellLabel', { a, b, count: v });

  const table: TableData = {
    header: [t('app.analysis.code'), ...labels.map((l) => l.label)],
    rows: ids.map((id, r) => [label(id), ...ids.map((_, c) => String(result.matrix[r]?.[c] ?? 0))]),
  };

  function open(r: number, c: number) {
    const a = ids[r];
    const b = ids[c];
    if (a && b && a !== b) setCell({ a, b });
  }

  return (
    <div className="analysis-view" data-testid="cooc-view">
      <div className="analysis-tools">
        <fieldset className="segmented">
          <legend className="sr-only">{t('app.analysis.mode')}</legend>
          <label className="checkbox">
            <input type="radio" name="cooc-mode" checked={mode === 'overlap'} onChange={() => setMode('overlap')} data-testid="cooc-mode-overlap" />
            {t('app.analysis.modeOverlap')}
          </label>
          <label className="checkbox">
            <input type="radio" name="cooc-mode" checked={mode === 'turn'} onChange={() => setMode('turn')} data-testid="cooc-mode-turn" />
            {t('app.analysis.modeTurn')}
          </label>
        </fieldset>
        <label className="inline-field">
          <span>{t('app.analysis.codes')}</span>
          <select
            value={scope.kind === 'category' ? `cat:${scope.id}` : scope.kind}
            onChange={(e) => {
              const v = e.target.value;
              setCell(null);
              setScope(v === 'top' ? { kind: 'top', n: topN } : v.startsWith('cat:') ? { kind: 'category', id: v.slice(4) } : { kind: 'coded' });
            }}
            data-testid="cooc-scope"
          >
            <option value="coded">{t('app.analysis.scopeCoded')}</option>
            <option value="top">{t('app.analysis.scopeTop')}</option>
            <optgroup label={t('app.analysis.scopeCategory')}>
              {categories.map((c) => (
                <option key={c.id} value={`cat:${c.id}`}>
                  {label(c.id)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {scope.kind === 'top' && (
          <label className="inline-field">
            <span>{t('app.analysis.topN')}</span>
            <input
              type="number"
              min={2}
              max={50}
              value={topN}
              onChange={(e) => {
                const n = Math.max(2, Math.min(50, Number(e.target.value) || 2));
                setTopN(n);
                setScope({ kind: 'top', n });
              }}
              style={{ width: '4.5rem' }}
            />
          </label>
        )}
        <TableActions table={table} fileStem={`${snapshot.project.name} ${t('app.analysis.fileCooccurrence')}`} testId="cooc" />
      </div>
      <p className="hint">{mode === 'overlap' ? t('app.analysis.modeOverlapHelp') : t('app.analysis.modeTurnHelp')}</p>
      {ids.length < 2 ? (
        <p className="empty-state">{t('app.analysis.tooFewCodes')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table analysis-table cooc-table" data-testid="cooc-table">
              <caption className="sr-only">{t('app.analysis.tabCooccurrence')}</caption>
              <thead>
                <tr>
                  <td />
                  {labels.map((l) => (
                    <th key={l.id} scope="col" className="cooc-col" title={l.label}>
                      <span>{l.label}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {labels.map((row, r) => (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    {labels.map((col, c) => {
                      const v = result.matrix[r]?.[c] ?? 0;
                      if (r === c)
                        return (
                          <td key={col.id} className="num cooc-diagonal" title={t('app.analysis.diagonal')}>
                            {v || '—'}
                          </td>
                        );
                      const { fill, ink } = heatColor(v, max);
                      const active = selected?.row === r && selected.col === c;
                      return (
                        <td key={col.id} className="num cooc-cell" style={{ background: fill }}>
                          <button
                            type="button"
                            style={{ color: ink }}
                            aria-pressed={active}
                            onClick={() => open(r, c)}
                            aria-label={describe(row.label, col.label, v)}
                            title={describe(row.label, col.label, v)}
                            data-testid="cooc-cell"
                            data-row={row.label}
                            data-col={col.label}
                            disabled={v === 0}
                          >
                            {v}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="analysis-split">
            <figure className="analysis-chart">
              <HeatMap title={t('app.analysis.heatMap')} labels={labels} matrix={result.matrix} skipDiagonal selected={selected} onSelect={open} describe={describe} testId="cooc-heatmap" />
              <figcaption className="hint">{t('app.analysis.heatMapCaption')}</figcaption>
            </figure>
            <section className="panel cooc-drill" aria-live="polite" data-testid="cooc-drill">
              {!cell ? (
                <p className="hint">{t('app.analysis.drillHint')}</p>
              ) : (
                <>
                  <div className="panel-head">
                    <h3>{t('app.analysis.drillTitle', { a: label(cell.a), b: label(cell.b), count: pairs.length })}</h3>
                    <button type="button" onClick={() => setCell(null)}>
                      {t('app.action.close')}
                    </button>
                  </div>
                  <ol className="cooc-pairs">
                    {pairs.map((p, i) => (
                      <li key={i} data-testid="cooc-pair">
                        <p className="muted small">{p.a.document.name}</p>
                        <blockquote style={{ borderLeftColor: snapshot.codes.find((c) => c.id === cell.a)?.color }}>
                          <span className="pair-code">{label(cell.a)}</span> {p.a.text}
                        </blockquote>
                        <blockquote style={{ borderLeftColor: snapshot.codes.find((c) => c.id === cell.b)?.color }}>
                          <span className="pair-code">{label(cell.b)}</span> {p.b.text}
                        </blockquote>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}

