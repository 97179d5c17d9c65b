/**
 * The Codes tab of the coding view's side panel: a quick-search box (Ctrl/Cmd+K) over the code
 * tree, recently used codes first with their digit shortcuts, "create and apply" for a name that
 * does not exist yet, in-vivo coding, and the tools for the coding picked in the margin.
 */
import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Code, Coding, Document, ProjectSnapshot } from '../../../shared/model/types';
import { codeSearch, foldForSearch } from '../../../shared/codebook/commands';
import { useT } from '../../i18n';
import { useCoding } from '../../state/coding-store';
import { codesInTreeOrder } from '../../lib/coding-view';
import { CODE_DRAG_TYPE } from './TranscriptView';
import type { CodingActions } from './useCodingActions';

/** Codes folded in the panel, remembered on this machine (code ids are unique across projects). */
const COLLAPSED_KEY = 'werkbank.collapsedCodes';

function readCollapsed(): ReadonlySet<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeCollapsed(ids: ReadonlySet<string>): void {
  try {
    localStorage.setItem(COLLAPSED_KEY, JSON.stringify([...ids].slice(-500)));
  } catch {
    // No storage: folding lasts for this session.
  }
}

export interface CodesPanelHandle {
  focusSearch(): void;
}

interface CodesPanelProps {
  snapshot: ProjectSnapshot;
  document: Document;
  codes: Code[];
  codings: readonly Coding[];
  slots: string[];
  actions: CodingActions;
}

export const CodesPanel = forwardRef<CodesPanelHandle, CodesPanelProps>(function CodesPanel({ document: doc, codes, codings, slots, actions }, ref) {
  const t = useT();
  const selection = useCoding((s) => s.selection);
  const activeCodingId = useCoding((s) => s.activeCodingId);
  const recent = useCoding((s) => s.recentCodeIds);
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const [recoding, setRecoding] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useImperativeHandle(ref, () => ({
    focusSearch() {
      input.current?.focus();
      input.current?.select();
    },
  }));

  const tree = useMemo(() => codesInTreeOrder(codes), [codes]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of codings) if (c.documentId === doc.id) m.set(c.codeId, (m.get(c.codeId) ?? 0) + 1);
    return m;
  }, [codings, doc.id]);
  const visible = useMemo(() => codeSearch(codes, query), [codes, query]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(readCollapsed);
  const parents = useMemo(() => new Set(codes.map((c) => c.parentId).filter((id): id is string => id !== null)), [codes]);
  const parentOf = useMemo(() => new Map(codes.map((c) => [c.id, c.parentId])), [codes]);
  /** Under a collapsed code (searching shows every match regardless). */
  const folded = (code: Code): boolean => {
    if (query.trim()) return false;
    for (let p = code.parentId, guard = 0; p !== null && p !== undefined && guard < 64; p = parentOf.get(p) ?? null, guard++) {
      if (collapsed.has(p)) return true;
    }
    return false;
  };
  const setFolded = (next: ReadonlySet<string>) => {
    setCollapsed(next);
    writeCollapsed(next);
  };
  const toggle = (id: string) => {
    const next = new Set(collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setFolded(next);
  };

  // Quick-search matches: codes whose label contains the query, recently used first.
  const q = foldForSearch(query.trim());
  const matches = useMemo(() => {
    if (!q) return [];
    const hits = tree.map((n) => n.code).filter((c) => foldForSearch(c.label).includes(q));
    const rank = (c: Code) => {
      const r = recent.indexOf(c.id);
      return r < 0 ? 100 : r;
    };
    return hits.sort((a, b) => rank(a) - rank(b) || (foldForSearch(a.label).startsWith(q) ? 0 : 1) - (foldForSearch(b.label).startsWith(q) ? 0 : 1));
  }, [q, tree, recent]);
  const exact = q !== '' && codes.some((c) => foldForSearch(c.label) === q);
  const options = query.trim() ? matches.length + (exact ? 0 : 1) : 0;
  const current = Math.min(cursor, Math.max(0, options - 1));

  const activeCoding = activeCodingId ? codings.find((c) => c.id === activeCodingId) : undefined;
  const activeCode = activeCoding ? codes.find((c) => c.id === activeCoding.codeId) : undefined;
  const hasSelection = selection !== null && selection.documentId === doc.id;

  function choose(code: Code) {
    if (recoding && activeCoding) {
      actions.recodeActive(code.id);
      setRecoding(false);
      return;
    }
    actions.applyToSelection(code.id);
    setQuery('');
  }

  function onSearchKey(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setCursor(Math.min(current + 1, Math.max(0, options - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setCursor(Math.max(0, current - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!query.trim()) return;
      if (current < matches.length) choose(matches[current]);
      else {
        actions.createAndApply(query.trim());
        setQuery('');
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery('');
      input.current?.blur();
    }
  }

  const excerpt = hasSelection ? doc.text.slice(selection.start, selection.end).replace(/\s+/g, ' ') : '';

  return (
    <div className="cv-codes" data-testid="codes-panel">
      <div className="cv-selection-info" data-testid="cv-selection-info" aria-live="polite">
        {hasSelection ? (
          <>
            <span className="muted small">{t('app.coding.selected')}</span> <q className="cv-excerpt">{excerpt.length > 90 ? `${excerpt.slice(0, 90)}…` : excerpt}</q>
            <div className="button-row">
              <button type="button" onClick={actions.inVivo} data-testid="cv-in-vivo" title={t('app.coding.inVivoHint')}>
                {t('app.coding.inVivo')} <kbd>Ctrl+I</kbd>
              </button>
              <button type="button" className="subtle" onClick={() => useCoding.getState().setSelection(null)}>
                {t('app.coding.clearSelection')}
              </button>
            </div>
          </>
        ) : (
          <span className="muted small">{t('app.coding.selectHint')}</span>
        )}
      </div>

      {activeCoding && (
        <div className="cv-active-tools" data-testid="cv-active-tools" style={{ borderLeftColor: activeCode?.color }}>
          <div>
            <strong>{activeCode?.label}</strong>{' '}
            <q className="cv-excerpt">{doc.text.slice(activeCoding.start, Math.min(activeCoding.end, activeCoding.start + 80)).replace(/\s+/g, ' ')}</q>
          </div>
          <div className="button-row">
            <button type="button" onClick={() => actions.resizeActive('start', -1)} title={t('app.coding.widenStart')} aria-label={t('app.coding.widenStart')}>
              ⇤
            </button>
            <button type="button" onClick={() => actions.resizeActive('start', 1)} title={t('app.coding.narrowStart')} aria-label={t('app.coding.narrowStart')}>
              ⇥
            </button>
            <button type="button" onClick={() => actions.resizeActive('end', -1)} title={t('app.coding.narrowEnd')} aria-label={t('app.coding.narrowEnd')}>
              ⇤
            </button>
            <button type="button" onClick={() => actions.resizeActive('end', 1)} title={t('app.coding.widenEnd')} aria-label={t('app.coding.widenEnd')}>
              ⇥
            </button>
            <button type="button" aria-pressed={recoding} onClick={() => setRecoding(!recoding)} data-testid="cv-recode">
              {t('app.coding.recode')}
            </button>
            <button type="button" onClick={actions.memoForActive} data-testid="cv-memo">
              {t('app.coding.memo')}
            </button>
            <button type="button" className="danger subtle" onClick={actions.removeActive} data-testid="cv-remove">
              {t('app.coding.remove')} <kbd>Del</kbd>
            </button>
          </div>
          {recoding && <p className="hint small">{t('app.coding.recodeHint')}</p>}
        </div>
      )}

      <label className="cv-search">
        <span className="sr-only">{t('app.coding.searchLabel')}</span>
        <input
          ref={input}
          type="search"
          value={query}
          placeholder={t('app.coding.searchPlaceholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setCursor(0);
          }}
          onKeyDown={onSearchKey}
          data-testid="code-search"
          aria-controls="cv-code-list"
        />
      </label>

      {query.trim() !== '' && (
        <ul className="cv-matches" data-testid="cv-matches" role="listbox" aria-label={t('app.coding.matches')}>
          {matches.map((code, i) => (
            <li key={code.id} role="option" aria-selected={i === current}>
              <button type="button" className={i === current ? 'cv-match current' : 'cv-match'} onClick={() => choose(code)} data-testid="cv-match">
                <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
                {code.label}
              </button>
            </li>
          ))}
          {!exact && (
            <li role="option" aria-selected={current === matches.length}>
              <button
                type="button"
                className={current === matches.length ? 'cv-match cv-create current' : 'cv-match cv-create'}
                onClick={() => {
                  actions.createAndApply(query.trim());
                  setQuery('');
                }}
                data-testid="cv-create-code"
              >
                {t('app.coding.createAndApply', { label: query.trim() })}
              </button>
            </li>
          )}
        </ul>
      )}

      {parents.size > 0 && (
        <div className="cv-fold-all button-row">
          <button type="button" className="subtle small" onClick={() => setFolded(new Set([...collapsed, ...parents]))} data-testid="cv-collapse-all">
            {t('app.coding.collapseAll')}
          </button>
          <button type="button" className="subtle small" onClick={() => setFolded(new Set([...collapsed].filter((id) => !parents.has(id))))} data-testid="cv-expand-all">
            {t('app.coding.expandAll')}
          </button>
        </div>
      )}
      <ul className="cv-code-list" id="cv-code-list" data-testid="cv-code-list">
        {tree
          .filter((n) => visible.has(n.code.id) && !folded(n.code))
          .map(({ code, depth }) => {
            const slot = slots.indexOf(code.id);
            const isParent = parents.has(code.id);
            const isCollapsed = isParent && collapsed.has(code.id) && !query.trim();
            return (
              <li key={code.id} className="cv-code-row">
                {isParent ? (
                  <button
                    type="button"
                    className="cv-fold"
                    style={{ marginLeft: `${depth}rem` }}
                    aria-expanded={!isCollapsed}
                    aria-label={t(isCollapsed ? 'app.coding.expand' : 'app.coding.collapse', { label: code.label })}
                    title={t(isCollapsed ? 'app.coding.expand' : 'app.coding.collapse', { label: code.label })}
                    onClick={() => toggle(code.id)}
                    data-testid="cv-code-toggle"
                    data-label={code.label}
                  >
                    {isCollapsed ? '▸' : '▾'}
                  </button>
                ) : (
                  <span className="cv-fold-space" style={{ marginLeft: `${depth}rem` }} aria-hidden="true" />
                )}
                <button
                  type="button"
                  className="cv-code"
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
                    e.dataTransfer.setData('text/plain', code.label);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => choose(code)}
                  data-testid="cv-code"
                  data-label={code.label}
                  title={code.description || code.label}
                >
                  <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
                  <span className="cv-code-label">{code.label}</span>
                  {counts.get(code.id) ? <span className="tab-count">{counts.get(code.id)}</span> : null}
                  {slot >= 0 && (
                    <kbd className="cv-digit" data-testid="cv-digit" title={t('app.coding.digitHint', { digit: slot + 1 })}>
                      {slot + 1}
                    </kbd>
                  )}
                </button>
              </li>
            );
          })}
      </ul>
      <p className="hint small cv-keys">{t('app.coding.keysHint')}</p>
    </div>
  );
});
