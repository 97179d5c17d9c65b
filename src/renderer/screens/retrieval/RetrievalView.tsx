import { useMemo, useRef, useState } from 'react';
import type { Id, ProjectSnapshot, Valence } from '../../../shared/model/types';
import { retrieve, type Fragment, type RetrievalQuery } from '../../../shared/analysis/retrieval';
import { setValence, toggleKeyQuote } from '../../../shared/selective/commands';
import { recodeCoding } from '../../../shared/coding/commands';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui-store';
import { useCoding } from '../../state/coding-store';
import type { ProjectData } from '../../state/useProject';
import { formatTimestamp } from '../../lib/format';
import { CodePickerDialog } from '../codebook/CodePickerDialog';
import { useRunCommand } from '../../state/run-command';
import { LabeledSelect, plainOptions } from '../../components/LabeledSelect';
import './retrieval.css';
import '../review/review.css';

export interface RetrievalViewProps {
  snapshot: ProjectSnapshot;
  data: ProjectData;
  query: RetrievalQuery;
  /** When given, `k` toggles a fragment as key quote of this theme and key quotes are marked. */
  themeId?: string;
  /** Show checkboxes to choose fragments (e.g. to split them into a new code). */
  selectable?: boolean;
  onSelectionChange?(codingIds: string[]): void;
}

const VALENCES: Valence[] = ['bevorderend', 'belemmerend', 'neutraal'];
const VALENCE_KEYS: Record<string, Valence | null> = { b: 'bevorderend', h: 'belemmerend', n: 'neutraal', '0': null };

/**
 * Every fragment of a code, category or theme with its context, source and respondent; filters by
 * document, role, respondent attribute, coder and valence; single-key valence (b/h/n/0) and key
 * quotes (k) on the focused fragment; recode and "go to source".
 */
export function RetrievalView({ snapshot, data, query, themeId, selectable, onSelectionChange }: RetrievalViewProps) {
  const t = useT();
  const navigate = useUi((s) => s.navigate);
  const run = useRunCommand(data, snapshot);
  const [documentId, setDocumentId] = useState('');
  const [role, setRole] = useState('');
  const [attribute, setAttribute] = useState('');
  const [coder, setCoder] = useState('');
  const [valence, setValenceFilter] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<Id>>(() => new Set());
  const [focusedId, setFocusedId] = useState<Id | null>(null);
  const [recoding, setRecoding] = useState<Fragment | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const roles = useMemo(() => [...new Set(snapshot.respondents.map((r) => r.role).filter(Boolean))].sort(), [snapshot.respondents]);
  const attributes = useMemo(() => {
    const set = new Set<string>();
    for (const r of snapshot.respondents) for (const [k, v] of Object.entries(r.attributes)) if (v) set.add(`${k}\u0000${v}`);
    return [...set].sort();
  }, [snapshot.respondents]);
  const coders = useMemo(() => [...new Set(snapshot.codings.map((c) => c.coder).filter(Boolean))].sort(), [snapshot.codings]);

  const fragments = useMemo(() => {
    const q: RetrievalQuery = { ...query };
    if (documentId) q.documentIds = [documentId];
    if (role) q.roles = [role];
    if (attribute) {
      const [key, value] = attribute.split('\u0000');
      q.attribute = { key, value };
    }
    if (coder) q.coders = [coder];
    if (valence) q.valences = [valence as Valence | 'none'];
    return retrieve(snapshot, q);
  }, [snapshot, query, documentId, role, attribute, coder, valence]);

  const visibleIds = useMemo(() => new Set(fragments.map((f) => f.coding.id)), [fragments]);
  const chosen = useMemo(() => [...selected].filter((id) => visibleIds.has(id)), [selected, visibleIds]);
  const keyQuotes = useMemo(() => new Set(snapshot.themes.find((th) => th.id === themeId)?.keyQuoteIds ?? []), [snapshot.themes, themeId]);
  const focusTarget = focusedId && visibleIds.has(focusedId) ? focusedId : (fragments[0]?.coding.id ?? null);

  function changeSelection(next: Set<Id>) {
    setSelected(next);
    onSelectionChange?.([...next].filter((id) => visibleIds.has(id)));
  }

  function toggle(id: Id) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    changeSelection(next);
  }

  function focusAt(index: number) {
    const f = fragments[index];
    if (!f) return;
    setFocusedId(f.coding.id);
    listRef.current?.querySelector<HTMLElement>(`[data-coding-id="${CSS.escape(f.coding.id)}"]`)?.focus();
  }

  function goToSource(f: Fragment) {
    const store = useCoding.getState();
    store.scrollTo(f.document.id, f.coding.start);
    navigate({ kind: 'coding', projectId: snapshot.project.id, documentId: f.document.id });
    // The coding view clears the picked coding when it opens: pick it once the transcript is shown.
    let tries = 0;
    const pick = () => {
      if (document.querySelector('[data-testid="cv-transcript"]')) {
        window.setTimeout(() => {
          useCoding.getState().setActiveCoding(f.coding.id);
          useCoding.getState().scrollTo(f.document.id, f.coding.start);
        }, 30);
      } else if (++tries < 100) window.setTimeout(pick, 30);
    };
    window.setTimeout(pick, 0);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLElement>, f: Fragment, index: number) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target !== e.currentTarget && (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox'))) return;
    const key = e.key.toLowerCase();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusAt(index + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusAt(e.key === 'Home' ? 0 : fragments.length - 1);
    } else if (key in VALENCE_KEYS && !e.shiftKey) {
      e.preventDefault();
      const v = VALENCE_KEYS[key];
      if ((f.coding.valence ?? null) === v) return;
      void run((snap, ctx) => setValence(snap, [f.coding.id], v, ctx));
    } else if (key === 'k' && themeId && !e.shiftKey) {
      e.preventDefault();
      void run((snap, ctx) => toggleKeyQuote(snap, themeId, f.coding.id, ctx));
    } else if (e.key === ' ' && selectable && target === e.currentTarget) {
      e.preventDefault();
      toggle(f.coding.id);
    }
  }

  return (
    <div className="retrieval" data-testid="retrieval">
      <div className="retrieval-filters" role="group" aria-label={t('app.retrieval.filters')}>
        <LabeledSelect
          label={t('app.retrieval.document')}
          value={documentId}
          onChange={setDocumentId}
          all={t('app.retrieval.allDocuments')}
          options={snapshot.documents.map((d) => ({ value: d.id, label: d.name }))}
          testId="filter-document"
        />
        <LabeledSelect label={t('app.retrieval.role')} value={role} onChange={setRole} all={t('app.retrieval.allRoles')} options={plainOptions(roles)} testId="filter-role" />
        <LabeledSelect
          label={t('app.retrieval.attribute')}
          value={attribute}
          onChange={setAttribute}
          all={t('app.retrieval.allAttributes')}
          options={attributes.map((a) => {
            const [k, v] = a.split('\u0000');
            return { value: a, label: `${k}: ${v}` };
          })}
          testId="filter-attribute"
        />
        <LabeledSelect label={t('app.retrieval.coder')} value={coder} onChange={setCoder} all={t('app.retrieval.allCoders')} options={plainOptions(coders)} testId="filter-coder" />
        <LabeledSelect
          label={t('app.retrieval.valence')}
          value={valence}
          onChange={setValenceFilter}
          all={t('app.retrieval.allValences')}
          options={[...VALENCES, 'none'].map((v) => ({ value: v, label: t(`app.retrieval.valence.${v}`) }))}
          testId="filter-valence"
        />
      </div>
      <div className="retrieval-summary">
        <span data-testid="retrieval-count">{t('app.retrieval.count', { count: fragments.length })}</span>
        {selectable && fragments.length > 0 && (
          <label className="retrieval-select-all">
            <input
              type="checkbox"
              checked={chosen.length === fragments.length}
              onChange={(e) => changeSelection(e.target.checked ? new Set(visibleIds) : new Set())}
              data-testid="retrieval-select-all"
            />
            {t('app.retrieval.selectAll')}
          </label>
        )}
        <span className="muted small retrieval-keys">
          {t('app.retrieval.keys')}
          {themeId ? t('app.retrieval.keysTheme') : ''}
        </span>
      </div>
      {fragments.length === 0 ? (
        <p className="muted" data-testid="retrieval-empty">
          {t('app.retrieval.none')}
        </p>
      ) : (
        <ol className="retrieval-list" aria-label={t('app.retrieval.listLabel')} ref={listRef}>
          {fragments.map((f, index) => {
            const id = f.coding.id;
            const isKey = keyQuotes.has(id);
            const who = f.respondent ? `${f.respondent.pseudonym}${f.role ? ` (${f.role})` : ''}` : f.role ? `${f.speaker} (${f.role})` : f.speaker;
            return (
              <li
                key={id}
                className={`fragment${chosen.includes(id) ? ' chosen' : ''}${isKey ? ' key-quote' : ''}`}
                tabIndex={id === focusTarget ? 0 : -1}
                data-testid="fragment"
                data-coding-id={id}
                data-valence={f.coding.valence ?? ''}
                data-key-quote={isKey ? 'true' : undefined}
                onFocus={(e) => {
                  if (e.target === e.currentTarget) setFocusedId(id);
                }}
                onKeyDown={(e) => onKeyDown(e, f, index)}
              >
                <div className="fragment-head">
                  {selectable && (
                    <input
                      type="checkbox"
                      checked={chosen.includes(id)}
                      onChange={() => toggle(id)}
                      aria-label={t('app.retrieval.select')}
                      data-testid="fragment-select"
                      tabIndex={-1}
                    />
                  )}
                  <span className="swatch" style={{ background: f.code.color }} aria-hidden="true" />
                  <span className="fragment-code" data-testid="fragment-code">
                    {f.code.label}
                  </span>
                  <span className="fragment-doc">{f.document.name}</span>
                  <span className="fragment-who" title={t('app.retrieval.speaker', { speaker: f.speaker })}>
                    {who}
                  </span>
                  {f.startTime !== undefined && <span className="fragment-time">{formatTimestamp(f.startTime)}</span>}
                  {f.coding.valence && (
                    <span className={`valence-badge valence-${f.coding.valence}`} data-testid="fragment-valence">
                      {t(`app.retrieval.valence.${f.coding.valence}`)}
                    </span>
                  )}
                  {f.coding.review && (
                    <span
                      className={`fragment-review fragment-review-${f.coding.review.status}`}
                      data-testid="fragment-review"
                      data-status={f.coding.review.status}
                      title={f.coding.review.reviewer}
                    >
                      {f.coding.review.status === 'flagged' ? '⚑ ' : '✓ '}
                      {t(f.coding.review.status === 'flagged' ? 'app.review.statusFlagged' : 'app.review.statusAccepted')}
                      {f.coding.review.comment && `: ${f.coding.review.comment}`}
                    </span>
                  )}
                  {isKey && (
                    <span className="key-quote-badge" data-testid="fragment-key-quote">
                      ★ {t('app.retrieval.keyQuote')}
                    </span>
                  )}
                </div>
                <p className="fragment-text">
                  {f.before && <span className="fragment-context">…{f.before}</span>}
                  <mark>{f.text}</mark>
                  {f.after && <span className="fragment-context">{f.after}…</span>}
                </p>
                <div className="fragment-actions">
                  <button type="button" tabIndex={-1} onClick={() => goToSource(f)} data-testid="fragment-source">
                    {t('app.retrieval.toSource')}
                  </button>
                  <button type="button" tabIndex={-1} onClick={() => setRecoding(f)} data-testid="fragment-recode">
                    {t('app.retrieval.recode')}
                  </button>
                  {themeId && (
                    <button
                      type="button"
                      tabIndex={-1}
                      aria-pressed={isKey}
                      onClick={() => void run((snap, ctx) => toggleKeyQuote(snap, themeId, id, ctx))}
                      data-testid="fragment-toggle-key"
                    >
                      ★ {t('app.retrieval.toggleKeyQuote')}
                    </button>
                  )}
                  <select
                    tabIndex={-1}
                    value={f.coding.valence ?? ''}
                    aria-label={t('app.retrieval.valence')}
                    onChange={(e) => {
                      const v = (e.target.value || null) as Valence | null;
                      void run((snap, ctx) => setValence(snap, [id], v, ctx));
                    }}
                    data-testid="fragment-valence-select"
                  >
                    <option value="">{t('app.retrieval.valence.none')}</option>
                    {VALENCES.map((v) => (
                      <option key={v} value={v}>
                        {t(`app.retrieval.valence.${v}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {recoding && (
        <CodePickerDialog
          title={t('app.retrieval.recodeTitle')}
          intro={t('app.retrieval.recodeIntro')}
          confirmLabel={t('app.retrieval.recodeConfirm')}
          codes={snapshot.codes}
          exclude={new Set([recoding.code.id])}
          testId="recode-dialog"
          onCancel={() => setRecoding(null)}
          onConfirm={(target) => {
            const codingId = recoding.coding.id;
            setRecoding(null);
            if (target) void run((snap, ctx) => recodeCoding(snap, codingId, target, ctx));
          }}
        />
      )}
    </div>
  );
}
