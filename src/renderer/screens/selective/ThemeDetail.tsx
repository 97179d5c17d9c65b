import { useId, useMemo, useState } from 'react';
import type { Coding, Id, ProjectSnapshot, Theme } from '../../../shared/model/types';
import { setKeyQuotes, themeFragments, updateTheme } from '../../../shared/selective/commands';
import type { ProjectData } from '../../state/useProject';
import { useT } from '../../i18n';
import { Modal } from '../../components/Modal';
import { RetrievalView } from '../retrieval/RetrievalView';
import { ReviewMarkControl } from '../review/ReviewMarkControl';
import { reviewCodings, reviewTheme } from '../../../shared/review/commands';
import { useDraft } from './hooks';
import type { useRunCommand } from '../../state/run-command';
import { CategoryList } from './CategoryList';
import { reorder } from './layers';

const QUOTE_DRAG = 'application/x-werkbank-quote';
type Run = ReturnType<typeof useRunCommand>;

/** One theme: name, layer, colour, definition, categories, fragments, key quotes and summary. */
export function ThemeDetail({
  theme,
  snapshot,
  data,
  run,
  layers,
  onDelete,
}: {
  theme: Theme;
  snapshot: ProjectSnapshot;
  data: ProjectData;
  run: Run;
  layers: string[];
  onDelete: () => void;
}) {
  const t = useT();
  const layerList = useId();
  const [pickCategories, setPickCategories] = useState(false);
  const save = (patch: Parameters<typeof updateTheme>[2]) => void run((snap) => updateTheme(snap, theme.id, patch));
  const label = useDraft(theme.label, (text) => {
    if (text.trim()) save({ label: text.trim() });
  });
  const layer = useDraft(theme.layer, (text) => save({ layer: text.trim() }));
  const definition = useDraft(theme.definition, (text) => save({ definition: text }));
  const summary = useDraft(theme.summary, (text) => save({ summary: text }));
  const byCode = useMemo(() => new Map(snapshot.codes.map((c) => [c.id, c])), [snapshot.codes]);
  const counts = useMemo(() => valenceCounts(snapshot, theme.id), [snapshot, theme.id]);

  function toggleCategory(id: Id) {
    const next = theme.categoryIds.includes(id) ? theme.categoryIds.filter((x) => x !== id) : [...theme.categoryIds, id];
    save({ categoryIds: next });
  }

  return (
    <article className="theme-detail panel" data-testid="theme-detail" aria-labelledby="theme-detail-title" style={{ borderTopColor: theme.color }}>
      <h3 id="theme-detail-title" className="sr-only">
        {theme.label}
      </h3>
      <div className="theme-detail-head">
        <label className="field theme-field-label">
          <span>{t('app.selective.label')}</span>
          <input
            value={label.draft}
            onChange={(e) => label.onChange(e.target.value)}
            onBlur={label.flush}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            data-testid="theme-label"
          />
        </label>
        <label className="field">
          <span>{t('app.selective.layer')}</span>
          <input
            value={layer.draft}
            list={layerList}
            onChange={(e) => layer.onChange(e.target.value)}
            onBlur={layer.flush}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            data-testid="theme-layer-input"
          />
          <datalist id={layerList}>
            {layers.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>{t('app.selective.color')}</span>
          <input type="color" value={theme.color} onChange={(e) => save({ color: e.target.value })} data-testid="theme-color" />
        </label>
        <button type="button" className="danger subtle" onClick={onDelete} data-testid="theme-delete">
          {t('app.action.delete')}
        </button>
      </div>

      <label className="field">
        <span>{t('app.selective.definition')}</span>
        <textarea value={definition.draft} rows={3} onChange={(e) => definition.onChange(e.target.value)} onBlur={definition.flush} data-testid="theme-definition" />
      </label>

      <section className="theme-section" aria-labelledby="theme-categories-title">
        <div className="theme-section-head">
          <h4 id="theme-categories-title">{t('app.selective.categories')}</h4>
          <button type="button" onClick={() => setPickCategories(true)} data-testid="theme-categories-edit">
            {t('app.selective.editCategories')}
          </button>
        </div>
        {theme.categoryIds.length === 0 ? (
          <p className="hint">{t('app.selective.noThemeCategories')}</p>
        ) : (
          <ul className="chips" data-testid="theme-categories">
            {theme.categoryIds.map((id) => (
              <li key={id} className="chip" style={{ borderColor: byCode.get(id)?.color }}>
                <span>{byCode.get(id)?.label ?? t('app.selective.missingCode')}</span>
                <button
                  type="button"
                  className="chip-remove"
                  onClick={() => toggleCategory(id)}
                  aria-label={t('app.selective.removeCategory', { label: byCode.get(id)?.label ?? '' })}
                  title={t('app.selective.removeCategory', { label: byCode.get(id)?.label ?? '' })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="valence-counts" data-testid="theme-valence-counts">
        <span className="valence valence-bevorderend" data-testid="count-bevorderend">
          {t('app.selective.countPromoting', { count: counts.bevorderend })}
        </span>
        <span className="valence valence-belemmerend" data-testid="count-belemmerend">
          {t('app.selective.countHindering', { count: counts.belemmerend })}
        </span>
        <span className="valence valence-neutraal" data-testid="count-neutraal">
          {t('app.selective.countNeutral', { count: counts.neutraal })}
        </span>
        <span className="muted">{t('app.selective.countUnmarked', { count: counts.none })}</span>
      </p>

      <KeyQuotes theme={theme} snapshot={snapshot} run={run} />

      <section className="theme-section" aria-labelledby="theme-review-title">
        <h4 id="theme-review-title">{t('app.selective.review')}</h4>
        <ReviewMarkControl mark={theme.review} onChange={(mark) => void run((snap, ctx) => reviewTheme(snap, theme.id, mark, ctx))} testId="theme-review" />
      </section>

      <label className="field">
        <span>{t('app.selective.summary')}</span>
        <textarea value={summary.draft} rows={4} onChange={(e) => summary.onChange(e.target.value)} onBlur={summary.flush} data-testid="theme-summary" />
      </label>

      <section className="theme-section" aria-labelledby="theme-fragments-title">
        <h4 id="theme-fragments-title">{t('app.selective.fragments')}</h4>
        <RetrievalView snapshot={snapshot} data={data} query={{ themeId: theme.id }} themeId={theme.id} />
      </section>

      {pickCategories && (
        <Modal
          title={t('app.selective.editCategories')}
          onClose={() => setPickCategories(false)}
          testId="theme-categories-dialog"
          footer={
            <button type="button" className="primary" onClick={() => setPickCategories(false)}>
              {t('app.action.close')}
            </button>
          }
        >
          <CategoryList snapshot={snapshot} selected={theme.categoryIds} onToggle={toggleCategory} />
        </Modal>
      )}
    </article>
  );
}

/** Fragments of the theme by valence. */
function valenceCounts(snapshot: ProjectSnapshot, themeId: Id) {
  const out = { bevorderend: 0, belemmerend: 0, neutraal: 0, none: 0 };
  for (const f of themeFragments(snapshot, themeId)) {
    const v = fragmentCoding(f)?.valence;
    if (v) out[v] += 1;
    else out.none += 1;
  }
  return out;
}

function fragmentCoding(f: ReturnType<typeof themeFragments>[number]): Coding | undefined {
  return f.coding;
}

/** The theme's key quotes in report order: reorder by drag or Alt+arrows, remove. */
function KeyQuotes({ theme, snapshot, run }: { theme: Theme; snapshot: ProjectSnapshot; run: Run }) {
  const t = useT();
  const [dropAt, setDropAt] = useState<number | null>(null);
  const codings = useMemo(() => new Map(snapshot.codings.map((c) => [c.id, c])), [snapshot.codings]);
  const docs = useMemo(() => new Map(snapshot.documents.map((d) => [d.id, d])), [snapshot.documents]);
  const ids = theme.keyQuoteIds;

  async function setOrder(next: Id[], focusId?: Id) {
    const ok = await run((snap) => setKeyQuotes(snap, theme.id, next));
    if (ok && focusId) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-quote-id="${focusId}"]`)?.focus());
  }

  function onKey(e: React.KeyboardEvent, id: Id, index: number) {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
      if (to >= 0 && to < ids.length) void setOrder(reorder(ids, id, to), id);
    } else if (e.key === 'Delete' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      void setOrder(ids.filter((x) => x !== id));
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && !e.ctrlKey && !e.metaKey) {
      const items = Array.from(e.currentTarget.parentElement?.querySelectorAll<HTMLElement>('[data-quote-id]') ?? []);
      const next = items[e.key === 'ArrowDown' ? index + 1 : index - 1];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  }

  function indexAt(e: React.DragEvent): number {
    const items = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-quote-id]'));
    for (let i = 0; i < items.length; i++) {
      const r = items[i]!.getBoundingClientRect();
      if (e.clientY < r.top + r.height / 2) return i;
    }
    return items.length;
  }

  return (
    <section className="theme-section" aria-labelledby="theme-quotes-title">
      <h4 id="theme-quotes-title">{t('app.selective.keyQuotes')}</h4>
      {ids.length === 0 ? (
        <p className="hint">{t('app.selective.noKeyQuotes')}</p>
      ) : (
        <ol
          className="kq-list"
          data-testid="key-quotes"
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes(QUOTE_DRAG)) return;
            e.preventDefault();
            setDropAt(indexAt(e));
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropAt(null);
          }}
          onDrop={(e) => {
            const id = e.dataTransfer.getData(QUOTE_DRAG);
            setDropAt(null);
            if (!id) return;
            e.preventDefault();
            let to = indexAt(e);
            const from = ids.indexOf(id);
            if (from >= 0 && from < to) to -= 1;
            void setOrder(reorder(ids, id, to), id);
          }}
        >
          {ids.map((id, i) => {
            const coding = codings.get(id);
            const doc = coding ? docs.get(coding.documentId) : undefined;
            const text = coding && doc ? doc.text.slice(coding.start, coding.end) : t('app.selective.missingQuote');
            return (
              <li
                key={id}
                tabIndex={0}
                className={dropAt === i ? 'kq-item drop-before' : dropAt === ids.length && i === ids.length - 1 ? 'kq-item drop-after' : 'kq-item'}
                data-quote-id={id}
                data-testid="key-quote"
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData(QUOTE_DRAG, id);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDragEnd={() => setDropAt(null)}
                onKeyDown={(e) => onKey(e, id, i)}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Delete"
                aria-label={t('app.selective.quoteAria', { index: i + 1, count: ids.length, text })}
              >
                <span className="kq-text">“{text}”</span>
                <span className="kq-meta muted small">{doc?.name ?? ''}</span>
                {coding && (
                  <ReviewMarkControl
                    compact
                    mark={coding.review}
                    onChange={(mark) => void run((snap, ctx) => reviewCodings(snap, [id], mark, ctx))}
                    testId="key-quote-review"
                  />
                )}
                <span className="kq-actions">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === 0}
                    tabIndex={-1}
                    onClick={() => void setOrder(reorder(ids, id, i - 1), id)}
                    aria-label={t('app.selective.quoteUp')}
                    title={t('app.selective.quoteUp')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === ids.length - 1}
                    tabIndex={-1}
                    onClick={() => void setOrder(reorder(ids, id, i + 1), id)}
                    aria-label={t('app.selective.quoteDown')}
                    title={t('app.selective.quoteDown')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    tabIndex={-1}
                    onClick={() => void setOrder(ids.filter((x) => x !== id))}
                    aria-label={t('app.selective.quoteRemove')}
                    title={t('app.selective.quoteRemove')}
                    data-testid="key-quote-remove"
                  >
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="hint">{t('app.selective.keyQuotesHelp')}</p>
    </section>
  );
}
