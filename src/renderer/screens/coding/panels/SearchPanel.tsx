/**
 * Search in this transcript or the whole project (case- and diacritic-insensitive: "reeel" finds
 * "reëel"), with whole words, regular expressions and respondent-only text; hits are highlighted
 * in the transcript. Auto-coding codes all hits (optionally extended to their sentence or turn)
 * after a preview, in one change set: one undo removes them all.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import type { Document, ProjectSnapshot } from '../../../../shared/model/types';
import { searchProject, type SearchHit } from '../../../../shared/text/search';
import { applyCodeToHits, checkRange, type RangeInput } from '../../../../shared/coding/commands';
import { useT } from '../../../i18n';
import { useCoding, type Highlight } from '../../../state/coding-store';
import { formatTimestamp } from '../../../lib/format';
import { notify, reportError } from '../../../lib/report';
import { codeOptions, extendHit, snippet, type Extension } from './search-helpers';
import { openDocumentAt } from './navigate';
import type { PanelProps } from './types';

const SHOWN = 300;
const PREVIEW = 6;

type Scope = 'document' | 'project';
type HitStatus = 'new' | 'coded' | 'duplicate' | 'invalid';

interface PreviewRow {
  range: RangeInput;
  status: HitStatus;
}

/** Replaces the search/focus highlights (leaving the margin's hover highlights alone). */
function setSearchHighlights(search: Highlight[]) {
  const { highlights, setHighlights } = useCoding.getState();
  setHighlights([...highlights.filter((h) => h.kind === 'hover'), ...search]);
}

/** How each range would fare in `applyCodeToHits` (same rules, per range). */
function classify(snapshot: ProjectSnapshot, ranges: RangeInput[], codeId: string): PreviewRow[] {
  const docs = new Map(snapshot.documents.map((d) => [d.id, d]));
  const key = (d: string, s: number, e: number) => `${d}\u0000${s}\u0000${e}`;
  const coded = new Set(snapshot.codings.filter((c) => c.codeId === codeId).map((c) => key(c.documentId, c.start, c.end)));
  const seen = new Set<string>();
  return ranges.map((range) => {
    const doc = docs.get(range.documentId);
    if (!doc) return { range, status: 'invalid' };
    let r: { start: number; end: number };
    try {
      r = checkRange(doc.text, range.start, range.end);
    } catch {
      return { range, status: 'invalid' };
    }
    const k = key(doc.id, r.start, r.end);
    if (coded.has(k)) return { range: { ...range, ...r }, status: 'coded' };
    if (seen.has(k)) return { range: { ...range, ...r }, status: 'duplicate' };
    seen.add(k);
    return { range: { ...range, ...r }, status: 'new' };
  });
}

export function SearchPanel({ snapshot, document: doc, data }: PanelProps) {
  const t = useT();
  const ids = useId();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope>('document');
  const [wholeWord, setWholeWord] = useState(false);
  const [regex, setRegex] = useState(false);
  const [respondentOnly, setRespondentOnly] = useState(false);
  const [focused, setFocused] = useState<SearchHit | null>(null);
  const [codeId, setCodeId] = useState('');
  const [extension, setExtension] = useState<Extension>('hit');
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const deferred = useDeferredValue(query);

  const docs = useMemo(() => new Map(snapshot.documents.map((d) => [d.id, d])), [snapshot.documents]);
  const result = useMemo(
    () =>
      searchProject(snapshot, deferred, {
        wholeWord,
        regex,
        respondentOnly,
        limit: 5000,
        documentIds: scope === 'document' ? [doc.id] : undefined,
      }),
    [snapshot, deferred, wholeWord, regex, respondentOnly, scope, doc.id],
  );
  const hits = useMemo(() => (result.ok ? result.hits : []), [result]);
  const docCount = useMemo(() => new Set(hits.map((h) => h.documentId)).size, [hits]);

  // Hits in this transcript are highlighted there; the jumped-to hit is marked as focus.
  useEffect(() => {
    const own: Highlight[] = hits.filter((h) => h.documentId === doc.id).map((h) => ({ start: h.start, end: h.end, kind: 'search' }));
    if (focused && focused.documentId === doc.id) own.push({ start: focused.start, end: focused.end, kind: 'focus' });
    setSearchHighlights(own);
  }, [hits, focused, doc.id]);
  useEffect(() => () => setSearchHighlights([]), []);

  const options = useMemo(() => codeOptions(snapshot.codes), [snapshot.codes]);
  const code = snapshot.codes.find((c) => c.id === codeId);

  const ranges = useMemo<RangeInput[]>(
    () =>
      hits.flatMap((h) => {
        const d = docs.get(h.documentId);
        return d ? [{ documentId: h.documentId, ...extendHit(d, h, extension) }] : [];
      }),
    [hits, docs, extension],
  );
  const rows = useMemo(() => (preview && codeId ? classify(snapshot, ranges, codeId) : []), [preview, codeId, snapshot, ranges]);
  const newCount = rows.filter((r) => r.status === 'new').length;
  const codedCount = rows.filter((r) => r.status === 'coded').length;
  const otherSkipped = rows.length - newCount - codedCount;

  function go(hit: SearchHit) {
    setFocused(hit);
    openDocumentAt(snapshot.project.id, doc.id, hit.documentId, hit.start);
  }

  async function confirmAutoCode() {
    const snap = data.latest();
    if (!snap || !codeId) return;
    setBusy(true);
    try {
      const { set, count } = applyCodeToHits(snap, ranges, codeId);
      if (count > 0) {
        await data.apply(set);
        useCoding.getState().noteCodeUsed(codeId);
      }
      notify('app.search.autoCoded', { count, code: code?.label ?? '' });
      setPreview(false);
    } catch (error) {
      reportError(error, 'app.search.autoCodeFailed');
    } finally {
      setBusy(false);
    }
  }

  const error = result.ok ? null : t(result.error.key, result.error.params);

  return (
    <section className="search-panel" data-testid="search-panel" aria-label={t('app.search.title')}>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (hits[0]) go(hits[0]);
        }}
      >
        <label htmlFor={`${ids}-q`} className="sr-only">
          {t('app.search.query')}
        </label>
        <input
          id={`${ids}-q`}
          type="search"
          value={query}
          placeholder={t('app.search.placeholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setPreview(false);
            setFocused(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${ids}-status`}
          data-testid="search-input"
        />
        <fieldset className="search-scope">
          <legend className="sr-only">{t('app.search.scope')}</legend>
          {(['document', 'project'] as const).map((s) => (
            <label key={s}>
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={scope === s}
                onChange={() => {
                  setScope(s);
                  setPreview(false);
                }}
                data-testid={`search-scope-${s}`}
              />{' '}
              {t(s === 'document' ? 'app.search.scopeDocument' : 'app.search.scopeProject')}
            </label>
          ))}
        </fieldset>
        <div className="search-options">
          <label>
            <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} data-testid="search-whole-word" /> {t('app.search.wholeWord')}
          </label>
          <label>
            <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} data-testid="search-regex" /> {t('app.search.regex')}
          </label>
          <label>
            <input type="checkbox" checked={respondentOnly} onChange={(e) => setRespondentOnly(e.target.checked)} data-testid="search-respondent-only" />{' '}
            {t('app.search.respondentOnly')}
          </label>
        </div>
      </form>

      <p id={`${ids}-status`} className={error ? 'search-error' : 'muted search-status'} role={error ? 'alert' : 'status'} data-testid="search-status" data-count={hits.length}>
        {error ??
          (deferred.trim() === ''
            ? t('app.search.hint')
            : scope === 'project'
              ? t('app.search.countProject', { count: hits.length, documents: docCount })
              : t('app.search.count', { count: hits.length }))}
        {result.ok && result.truncated && ` ${t('app.search.truncated')}`}
      </p>

      {hits.length > 0 && (
        <div className="autocode" data-testid="autocode">
          <h3 className="panel-subtitle">{t('app.search.autoCode')}</h3>
          <div className="autocode-row">
            <label htmlFor={`${ids}-code`}>{t('app.search.code')}</label>
            <select
              id={`${ids}-code`}
              value={codeId}
              onChange={(e) => {
                setCodeId(e.target.value);
                setPreview(false);
              }}
              data-testid="autocode-code"
            >
              <option value="">{t('app.search.chooseCode')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {'\u00a0\u00a0'.repeat(o.depth)}
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="autocode-row">
            <label htmlFor={`${ids}-ext`}>{t('app.search.extend')}</label>
            <select
              id={`${ids}-ext`}
              value={extension}
              onChange={(e) => {
                setExtension(e.target.value as Extension);
              }}
              data-testid="autocode-extension"
            >
              <option value="hit">{t('app.search.extendHit')}</option>
              <option value="sentence">{t('app.search.extendSentence')}</option>
              <option value="turn">{t('app.search.extendTurn')}</option>
            </select>
          </div>
          {options.length === 0 && <p className="muted">{t('app.search.noCodes')}</p>}
          <button type="button" disabled={!codeId || preview} onClick={() => setPreview(true)} data-testid="autocode-start">
            {t('app.search.codeAll', { count: hits.length })}
          </button>
          {preview && code && (
            <div className="autocode-preview" data-testid="autocode-preview" data-new={newCount} data-skipped={rows.length - newCount}>
              <p>
                <strong>{t('app.search.previewNew', { count: newCount, code: code.label })}</strong>
                {codedCount > 0 && <> {t('app.search.previewCoded', { count: codedCount })}</>}
                {otherSkipped > 0 && <> {t('app.search.previewDuplicate', { count: otherSkipped })}</>}
              </p>
              <ul className="autocode-snippets">
                {rows.slice(0, PREVIEW).map((row, i) => (
                  <PreviewItem key={i} row={row} doc={docs.get(row.range.documentId)} showDoc={scope === 'project'} />
                ))}
              </ul>
              {rows.length > PREVIEW && <p className="muted">{t('app.search.previewMore', { count: rows.length - PREVIEW })}</p>}
              <div className="button-row">
                <button type="button" className="primary" disabled={busy || newCount === 0} onClick={() => void confirmAutoCode()} data-testid="autocode-confirm">
                  {t('app.search.confirmCode', { count: newCount })}
                </button>
                <button type="button" onClick={() => setPreview(false)} data-testid="autocode-cancel">
                  {t('app.action.cancel')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}

      {hits.length > 0 && (
        <ol className="search-results" data-testid="search-results">
          {hits.slice(0, SHOWN).map((hit) => {
            const d = docs.get(hit.documentId);
            if (!d) return null;
            const sn = snippet(d.text, hit.start, hit.end);
            const time = hit.turnIndex >= 0 ? d.turns[hit.turnIndex]?.startTime : undefined;
            const active = focused?.documentId === hit.documentId && focused.start === hit.start;
            return (
              <li key={`${hit.documentId}:${hit.start}`}>
                <button
                  type="button"
                  className={active ? 'search-hit active' : 'search-hit'}
                  onClick={() => go(hit)}
                  data-testid="search-hit"
                  data-document={d.name}
                  data-start={hit.start}
                  data-end={hit.end}
                  aria-current={active ? 'true' : undefined}
                >
                  <span className="search-hit-meta">
                    {scope === 'project' && <span className="search-hit-doc">{d.name}</span>}
                    {hit.speaker && <span className="search-hit-speaker">{hit.speaker}</span>}
                    {time !== undefined && <span className="search-hit-time">{formatTimestamp(time)}</span>}
                  </span>
                  <span className="search-hit-text">
                    {sn.before}
                    <mark>{sn.match}</mark>
                    {sn.after}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {hits.length > SHOWN && <p className="muted">{t('app.search.shownFirst', { count: SHOWN })}</p>}
    </section>
  );
}

function PreviewItem({ row, doc, showDoc }: { row: PreviewRow; doc: Document | undefined; showDoc: boolean }) {
  const t = useT();
  if (!doc) return null;
  const sn = snippet(doc.text, row.range.start, row.range.end, 24);
  return (
    <li data-testid="autocode-snippet" data-status={row.status} className={row.status === 'new' ? undefined : 'skipped'}>
      {showDoc && <span className="search-hit-doc">{doc.name}: </span>}
      {sn.before}
      <mark>{sn.match}</mark>
      {sn.after}
      {row.status !== 'new' && (
        <span className="tag">
          {t(row.status === 'coded' ? 'app.search.alreadyCoded' : row.status === 'duplicate' ? 'app.search.duplicate' : 'app.search.invalidHit')}
        </span>
      )}
    </li>
  );
}
