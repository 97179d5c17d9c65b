import { useState } from 'react';
import type { Id, ProjectSnapshot } from '../../../shared/model/types';
import { useT } from '../../i18n';
import { categoryRows } from './CreateThemeDialog';

/** A filterable checkbox list of categories (or all codes), for picking a theme's categories. */
export function CategoryList({
  snapshot,
  selected,
  onToggle,
}: {
  snapshot: ProjectSnapshot;
  selected: readonly Id[];
  onToggle: (id: Id) => void;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  const [query, setQuery] = useState('');
  const rows = categoryRows(snapshot, all, query);
  const codeCount = new Map<Id, number>();
  for (const c of snapshot.codings) codeCount.set(c.codeId, (codeCount.get(c.codeId) ?? 0) + 1);
  return (
    <div className="category-list">
      <div className="category-list-tools">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('app.selective.filterCategories')}
          aria-label={t('app.selective.filterCategories')}
        />
        <label className="checkbox">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="category-show-all" />
          {t('app.selective.showAllCodes')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="hint">{t('app.selective.noCategories')}</p>
      ) : (
        <ul className="category-options" data-testid="category-options">
          {rows.map((row) => (
            <li key={row.id} style={{ paddingLeft: `${row.depth * 1.1}rem` }}>
              <label className="checkbox" data-code-label={row.label}>
                <input type="checkbox" checked={selected.includes(row.id)} onChange={() => onToggle(row.id)} />
                <span>{row.label}</span>
                {!all && row.parent && <span className="muted small">· {row.parent}</span>}
                {codeCount.get(row.id) ? <span className="muted small"> ({codeCount.get(row.id)})</span> : null}
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
