/**
 * Memos on the active coding, a code, this document or the project, with optional 5W+1H
 * questions, and a searchable list of all memos of the project. Typing stays in a draft that is
 * saved (one undoable change set) when focus leaves the memo, when the target switches and when
 * the panel closes.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Memo, MemoPrompts, MemoTarget } from '../../../../shared/model/types';
import { addMemo, deleteMemo, updateMemo } from '../../../../shared/coding/commands';
import { useLanguage, useT } from '../../../i18n';
import { useCoding } from '../../../state/coding-store';
import type { ProjectData } from '../../../state/useProject';
import { formatDateTime } from '../../../lib/format';
import { notify, reportError } from '../../../lib/report';
import { codeOptions } from './search-helpers';
import { codingQuote, filterMemos, MEMO_PROMPTS, memosByCoding, memosOn, TARGET_KINDS, targetKey, targetName, type TargetKind } from './memo-helpers';
import { openDocumentAt } from './navigate';
import type { PanelProps } from './types';

export { memosByCoding };

/** A comment marker for the margin: shows that a coding has memos and opens them. */
export function MemoMarker({ codingId, count }: { codingId: string; count: number }) {
  const t = useT();
  if (count <= 0) return null;
  const label = t('app.memo.marker', { count });
  return (
    <button
      type="button"
      className="memo-marker"
      title={label}
      aria-label={label}
      data-testid="memo-marker"
      onClick={(e) => {
        e.stopPropagation();
        const store = useCoding.getState();
        store.setActiveCoding(codingId);
        store.setPanel('memos');
      }}
    >
      <span aria-hidden="true">💬</span>
      {count > 1 && <span className="memo-marker-count">{count}</span>}
    </button>
  );
}

interface Draft {
  key: string;
  targetKey: string;
}

export function MemoPanel({ snapshot, document: doc, data }: PanelProps) {
  const t = useT();
  const lang = useLanguage();
  const ids = useId();
  const activeCodingId = useCoding((s) => s.activeCodingId);
  const activeCoding = activeCodingId ? snapshot.codings.find((c) => c.id === activeCodingId) : undefined;
  const [kind, setKind] = useState<TargetKind>(activeCoding ? 'coding' : 'document');
  const [codeId, setCodeId] = useState<string>(activeCoding?.codeId ?? '');
  const [seenActive, setSeenActive] = useState(activeCodingId);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [owned, setOwned] = useState<Record<string, string>>({});
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<TargetKind | 'all'>('all');
  const draftSeq = useRef(0);

  // Picking a coding in the margin shows its memos.
  if (activeCodingId !== seenActive) {
    setSeenActive(activeCodingId);
    if (activeCoding) {
      setKind('coding');
      setCodeId(activeCoding.codeId);
    }
  }

  const target: MemoTarget | null =
    kind === 'project'
      ? { kind: 'project' }
      : kind === 'document'
        ? { kind: 'document', id: doc.id }
        : kind === 'code'
          ? codeId && snapshot.codes.some((c) => c.id === codeId)
            ? { kind: 'code', id: codeId }
            : null
          : activeCoding
            ? { kind: 'coding', id: activeCoding.id }
            : null;
  const key = target ? targetKey(target) : `none:${kind}`;

  const labels = useMemo(
    () => ({
      coding: t('app.memo.target.coding'),
      code: t('app.memo.target.code'),
      document: t('app.memo.target.document'),
      project: t('app.memo.target.project'),
    }),
    [t],
  );

  const memoIds = useMemo(() => new Set(snapshot.memos.map((m) => m.id)), [snapshot.memos]);
  const ownedIds = new Set(Object.values(owned));
  const onTarget = target ? memosOn(snapshot, target).filter((m) => !ownedIds.has(m.id)) : [];
  // A draft whose memo was undone away disappears with it.
  const visibleDrafts = drafts.filter((d) => d.targetKey === key && (!owned[d.key] || memoIds.has(owned[d.key])));

  const newDraft = () => {
    const draftKey = `draft-${++draftSeq.current}`;
    setDrafts((list) => [...list.filter((d) => d.targetKey === key), { key: draftKey, targetKey: key }]);
  };
  const onCreated = useCallback((draftKey: string, memoId: string) => setOwned((o) => ({ ...o, [draftKey]: memoId })), []);

  const switchTo = (next: TargetKind) => {
    setKind(next);
    if (next === 'code' && !codeId && activeCoding) setCodeId(activeCoding.codeId);
  };

  const list = useMemo(() => filterMemos(snapshot, query, filter, labels), [snapshot, query, filter, labels]);
  const options = useMemo(() => codeOptions(snapshot.codes), [snapshot.codes]);

  function openMemo(memo: Memo) {
    const store = useCoding.getState();
    const tg = memo.target;
    if (tg.kind === 'coding') {
      const coding = snapshot.codings.find((c) => c.id === tg.id);
      if (!coding) return;
      store.setActiveCoding(coding.id);
      setKind('coding');
      setCodeId(coding.codeId);
      openDocumentAt(snapshot.project.id, doc.id, coding.documentId, coding.start);
    } else if (tg.kind === 'code') {
      setKind('code');
      setCodeId(tg.id);
    } else if (tg.kind === 'document') {
      setKind('document');
      if (tg.id !== doc.id) openDocumentAt(snapshot.project.id, doc.id, tg.id, 0);
    } else {
      setKind('project');
    }
  }

  return (
    <section className="memo-panel" data-testid="memo-panel" aria-label={t('app.memo.title')}>
      <div className="memo-targets" role="radiogroup" aria-label={t('app.memo.targetLabel')}>
        {TARGET_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            className={kind === k ? 'memo-target active' : 'memo-target'}
            onClick={() => switchTo(k)}
            data-testid={`memo-target-${k}`}
          >
            {labels[k]}
          </button>
        ))}
      </div>

      {kind === 'code' && (
        <div className="memo-code-choice">
          <label htmlFor={`${ids}-code`}>{t('app.memo.chooseCode')}</label>
          <select id={`${ids}-code`} value={codeId} onChange={(e) => setCodeId(e.target.value)} data-testid="memo-code">
            <option value="">—</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {'\u00a0\u00a0'.repeat(o.depth)}
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}

      {target ? (
        <p className="memo-target-name" data-testid="memo-target-name">
          {kind === 'coding' && activeCoding ? (
            <>
              <strong>{snapshot.codes.find((c) => c.id === activeCoding.codeId)?.label}</strong> — “{codingQuote(snapshot, activeCoding.id)}”
            </>
          ) : (
            targetName(snapshot, target, labels)
          )}
        </p>
      ) : (
        <p className="muted" data-testid="memo-no-target">
          {kind === 'coding' ? t('app.memo.noCoding') : t('app.memo.noCode')}
        </p>
      )}

      {target && (
        <div className="memo-editors" key={key} data-testid="memo-editors">
          {onTarget.map((memo) => (
            <MemoEditor key={memo.id} memo={memo} target={target} data={data} />
          ))}
          {visibleDrafts.map((d) => (
            <MemoEditor
              key={d.key}
              memo={owned[d.key] ? snapshot.memos.find((m) => m.id === owned[d.key]) : undefined}
              target={target}
              data={data}
              autoFocus
              onCreated={(id) => onCreated(d.key, id)}
            />
          ))}
          {onTarget.length === 0 && visibleDrafts.length === 0 && <p className="muted">{t('app.memo.none')}</p>}
          <button type="button" onClick={newDraft} data-testid="memo-new">
            + {t('app.memo.new')}
          </button>
        </div>
      )}

      <div className="memo-list" data-testid="memo-list">
        <h3 className="panel-subtitle">{t('app.memo.all', { count: snapshot.memos.length })}</h3>
        <div className="memo-list-filters">
          <label htmlFor={`${ids}-q`} className="sr-only">
            {t('app.memo.search')}
          </label>
          <input id={`${ids}-q`} type="search" value={query} placeholder={t('app.memo.search')} onChange={(e) => setQuery(e.target.value)} data-testid="memo-search" />
          <label htmlFor={`${ids}-filter`} className="sr-only">
            {t('app.memo.filter')}
          </label>
          <select id={`${ids}-filter`} value={filter} onChange={(e) => setFilter(e.target.value as TargetKind | 'all')} data-testid="memo-filter">
            <option value="all">{t('app.memo.filterAll')}</option>
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels[k]}
              </option>
            ))}
          </select>
        </div>
        {list.length === 0 ? (
          <p className="muted">{snapshot.memos.length === 0 ? t('app.memo.noneInProject') : t('app.memo.noMatch')}</p>
        ) : (
          <ul className="memo-list-items">
            {list.map((memo) => (
              <li key={memo.id}>
                <button type="button" className="memo-list-item" onClick={() => openMemo(memo)} data-testid="memo-list-item" data-target-kind={memo.target.kind}>
                  <span className="memo-list-title">{memo.title || t('app.memo.untitled')}</span>
                  <span className="memo-list-target">{targetName(snapshot, memo.target, labels)}</span>
                  {memo.text && <span className="memo-list-text">{memo.text.length > 120 ? `${memo.text.slice(0, 119)}…` : memo.text}</span>}
                  <span className="memo-list-meta">
                    {memo.author} · {formatDateTime(lang, memo.updatedAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface Values {
  title: string;
  text: string;
  prompts: MemoPrompts;
}

const valuesOf = (memo: Memo | undefined): Values => ({ title: memo?.title ?? '', text: memo?.text ?? '', prompts: { ...(memo?.prompts ?? {}) } });
const cleanPrompts = (p: MemoPrompts) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v.trim() !== ''));
const same = (a: Values, b: Values) =>
  a.title.trim() === b.title.trim() && a.text === b.text && JSON.stringify(cleanPrompts(a.prompts)) === JSON.stringify(cleanPrompts(b.prompts));
const isEmpty = (v: Values) => v.title.trim() === '' && v.text.trim() === '' && Object.keys(cleanPrompts(v.prompts)).length === 0;

/**
 * One memo's fields. Edits live in a draft until focus leaves the memo (or it unmounts); then one
 * change set saves them. A new memo (no `memo`) is created on its first save.
 */
function MemoEditor({
  memo,
  target,
  data,
  autoFocus,
  onCreated,
}: {
  memo: Memo | undefined;
  target: MemoTarget;
  data: ProjectData;
  autoFocus?: boolean;
  onCreated?: (id: string) => void;
}) {
  const t = useT();
  const ids = useId();
  const [draft, setDraft] = useState<Values>(() => valuesOf(memo));
  const [showPrompts, setShowPrompts] = useState(() => Object.keys(memo?.prompts ?? {}).length > 0);
  const [seen, setSeen] = useState(memo?.updatedAt);
  const draftRef = useRef(draft);
  const savedRef = useRef<Values>(valuesOf(memo));
  const idRef = useRef<string | undefined>(memo?.id);
  const deletedRef = useRef(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const dataRef = useRef(data);
  const targetRef = useRef(target);
  const onCreatedRef = useRef(onCreated);
  useEffect(() => {
    dataRef.current = data;
    targetRef.current = target;
    onCreatedRef.current = onCreated;
  });

  const [saved, setSaved] = useState<Values>(() => valuesOf(memo));
  // The memo changed elsewhere (undo, another window): take it over unless we have unsaved typing.
  if (memo && memo.updatedAt !== seen) {
    setSeen(memo.updatedAt);
    if (same(draft, saved)) {
      const next = valuesOf(memo);
      setDraft(next);
      setSaved(next);
      if (Object.keys(memo.prompts ?? {}).length > 0) setShowPrompts(true);
    }
  }
  useEffect(() => {
    draftRef.current = draft;
    savedRef.current = saved;
  }, [draft, saved]);

  const change = (patch: Partial<Values>) => {
    const next = { ...draftRef.current, ...patch };
    draftRef.current = next;
    setDraft(next);
  };

  const flush = useCallback((): Promise<void> => {
    const run = queue.current.then(async () => {
      if (deletedRef.current) return;
      const values = draftRef.current;
      if (same(values, savedRef.current)) return;
      const d = dataRef.current;
      const snap = d.latest();
      if (!snap) return;
      const existing = idRef.current ? snap.memos.find((m) => m.id === idRef.current) : undefined;
      if (existing) {
        const set = updateMemo(snap, existing.id, { title: values.title, text: values.text, prompts: values.prompts });
        if (set.changes.length) await d.apply(set);
      } else {
        if (isEmpty(values)) return;
        const { set, memo: created } = addMemo(snap, { target: targetRef.current, title: values.title, text: values.text, prompts: values.prompts });
        await d.apply(set);
        idRef.current = created.id;
        onCreatedRef.current?.(created.id);
      }
      savedRef.current = values;
      setSaved(values);
    });
    queue.current = run.catch((error: unknown) => reportError(error, 'app.memo.saveFailed'));
    return queue.current;
  }, []);

  // Closing the panel or switching target saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  async function remove() {
    await flush();
    const id = idRef.current;
    queue.current = queue.current.then(async () => {
      const snap = dataRef.current.latest();
      if (!id || !snap || !snap.memos.some((m) => m.id === id)) return;
      const set = deleteMemo(snap, id);
      deletedRef.current = true;
      await dataRef.current.apply(set);
      notify('app.memo.deleted', { title: String(set.params?.title || t('app.memo.untitled')) }, 'info');
    });
    queue.current = queue.current.catch((error: unknown) => {
      deletedRef.current = false;
      reportError(error, 'app.memo.saveFailed');
    });
  }

  const dirty = !same(draft, saved);
  return (
    <div
      className="memo-editor"
      data-testid="memo-editor"
      data-memo={memo?.id ?? ''}
      data-dirty={dirty ? 'true' : 'false'}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void flush();
      }}
      onKeyDown={(e) => {
        if (e.key === 's' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void flush();
        }
      }}
    >
      <label htmlFor={`${ids}-title`} className="sr-only">
        {t('app.memo.titleLabel')}
      </label>
      <input
        id={`${ids}-title`}
        className="memo-title"
        value={draft.title}
        placeholder={t('app.memo.titleLabel')}
        onChange={(e) => change({ title: e.target.value })}
        autoFocus={autoFocus && !memo}
        data-testid="memo-title"
      />
      <label htmlFor={`${ids}-text`} className="sr-only">
        {t('app.memo.textLabel')}
      </label>
      <textarea
        id={`${ids}-text`}
        className="memo-text"
        value={draft.text}
        rows={4}
        placeholder={t('app.memo.textLabel')}
        onChange={(e) => change({ text: e.target.value })}
        data-testid="memo-text"
      />
      <label className="memo-prompts-toggle">
        <input type="checkbox" checked={showPrompts} onChange={(e) => setShowPrompts(e.target.checked)} data-testid="memo-prompts-toggle" /> {t('app.memo.showPrompts')}
      </label>
      {showPrompts && (
        <div className="memo-prompts" data-testid="memo-prompts">
          {MEMO_PROMPTS.map((p) => (
            <div key={p} className="memo-prompt">
              <label htmlFor={`${ids}-${p}`}>{t(`app.memo.prompt.${p}`)}</label>
              <textarea
                id={`${ids}-${p}`}
                rows={2}
                value={draft.prompts[p] ?? ''}
                placeholder={t(`app.memo.prompt.${p}.hint`)}
                onChange={(e) => change({ prompts: { ...draftRef.current.prompts, [p]: e.target.value } })}
                data-testid={`memo-prompt-${p}`}
              />
            </div>
          ))}
        </div>
      )}
      <div className="memo-editor-foot">
        <span className="muted memo-state" aria-live="polite" data-testid="memo-state">
          {dirty ? t('app.memo.unsaved') : memo ? t('app.memo.saved') : ''}
        </span>
        {memo && (
          <button type="button" className="subtle danger" onClick={() => void remove()} data-testid="memo-delete">
            {t('app.action.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
