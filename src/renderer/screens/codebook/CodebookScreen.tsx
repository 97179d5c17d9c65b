import { useCallback, useMemo, useState } from 'react';
import type { Code, Id, ProjectSnapshot } from '../../../shared/model/types';
import {
  addCode,
  codeSearch,
  codingCounts,
  codingImpact,
  deleteCode,
  mergeCodes,
  moveCode,
  updateCode,
} from '../../../shared/codebook/commands';
import { useLanguage, useT } from '../../i18n';
import type { ProjectData } from '../../state/useProject';
import { useUi } from '../../state/ui-store';
import { reportError } from '../../lib/report';
import { useRunCommand } from '../../state/run-command';
import {
  codePath,
  describeOrigin,
  descendantIds,
  dropTarget,
  keyboardMove,
  levelLabel,
  levelOptions,
  projectCodebooks,
  visibleRows,
  type CodeRow,
  type DropPosition,
} from '../../lib/codebook-ui';
import { formatDateTime } from '../../lib/format';
import { Modal } from '../../components/Modal';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CodeTree } from './CodeTree';
import { CodeEditor, type CodePatch } from './CodeEditor';
import { CodebookSourcePicker, applyCodebookSource, type CodebookSource } from './CodebookSourcePicker';
import { CodePickerDialog } from './CodePickerDialog';
import { ExportDialog } from './ExportDialog';

type Dialog =
  | { kind: 'merge'; code: Code }
  | { kind: 'move'; code: Code }
  | { kind: 'delete'; code: Code }
  | { kind: 'export' }
  | { kind: 'addFrom' }
  | null;

/** The codebook manager: tree, code definition editor, change log, imports and exports. */
export function CodebookScreen({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const lang = useLanguage();
  const pushToast = useUi((s) => s.pushToast);
  const codes = snapshot.codes;
  const [view, setView] = useState<'codes' | 'log'>('codes');
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(() => new Set());
  const [query, setQuery] = useState('');
  const [levelFilter, setLevelFilter] = useState('');
  const [renamingId, setRenamingId] = useState<Id | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const counts = useMemo(() => codingCounts(snapshot), [snapshot]);
  const codebooks = useMemo(() => projectCodebooks(snapshot), [snapshot]);
  const levels = useMemo(() => levelOptions(lang, snapshot), [lang, snapshot]);
  const filtering = query.trim() !== '' || levelFilter !== '';

  const visible = useMemo(() => {
    if (!filtering) return undefined;
    let pool = codes;
    if (levelFilter) {
      const byId = new Map(codes.map((c) => [c.id, c]));
      const keep = new Set<Id>();
      for (const c of codes) {
        if (c.level !== levelFilter) continue;
        // Keep the ancestors so a matching code is shown in its place in the tree.
        let cur: Code | undefined = c;
        while (cur && !keep.has(cur.id)) {
          keep.add(cur.id);
          cur = cur.parentId ? byId.get(cur.parentId) : undefined;
        }
      }
      pool = codes.filter((c) => keep.has(c.id));
    }
    return query.trim() ? codeSearch(pool, query) : new Set(pool.map((c) => c.id));
  }, [codes, query, levelFilter, filtering]);

  const expanded = useMemo(() => {
    const out = new Set<Id>();
    for (const c of codes) if (c.parentId && (filtering || !collapsed.has(c.parentId))) out.add(c.parentId);
    return out;
  }, [codes, collapsed, filtering]);

  const rows = useMemo(() => visibleRows(codes, expanded, visible), [codes, expanded, visible]);
  const selected = codes.find((c) => c.id === selectedId) ?? null;
  const levelName = useCallback((code: Code) => levelLabel(lang, code.level, code, codebooks), [lang, codebooks]);

  const run = useRunCommand(data, snapshot);

  const update = useCallback(
    (id: Id, patch: CodePatch) => run((snap, ctx) => updateCode(snap, id, patch, ctx)),
    [run],
  );

  async function newCode(parentId: Id | null) {
    const snap = data.latest() ?? snapshot;
    const base = t('app.codebook.newCodeLabel');
    const taken = new Set(snap.codes.filter((c) => c.parentId === parentId).map((c) => c.label.toLowerCase()));
    let label = base;
    for (let n = 2; taken.has(label.toLowerCase()); n++) label = `${base} ${n}`;
    let createdId: Id | null = null;
    const parentLevel = parentId ? snap.codes.find((c) => c.id === parentId)?.level : undefined;
    const level = parentLevel === 'axial' ? 'open' : parentLevel === 'selective' ? 'axial' : undefined;
    const ok = await run((s, ctx) => {
      const { set, code } = addCode(s, { label, parentId, level }, ctx);
      createdId = code.id;
      return set;
    });
    if (ok && createdId) {
      if (parentId) setCollapsed((c) => without(c, parentId));
      setSelectedId(createdId);
      setRenamingId(createdId);
    }
  }

  async function move(id: Id, target: { parentId: Id | null; index: number } | null) {
    if (!target) return;
    const ok = await run((snap, ctx) => moveCode(snap, id, target.parentId, target.index, ctx));
    if (ok && target.parentId) setCollapsed((c) => without(c, target.parentId!));
    if (ok) setSelectedId(id);
  }

  function onTreeKey(e: React.KeyboardEvent, row: CodeRow): boolean {
    const id = row.code.id;
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const dir = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' } as const;
      const d = dir[e.key as keyof typeof dir];
      if (!d) return false;
      void move(id, keyboardMove(codes, id, d));
      return true;
    }
    if (e.ctrlKey || e.metaKey) return false;
    if (e.key === 'Enter') {
      setSelectedId(id);
      requestAnimationFrame(() => document.getElementById('code-field-label')?.focus());
      return true;
    }
    if (e.key === 'Delete') {
      setDialog({ kind: 'delete', code: row.code });
      return true;
    }
    if (e.key === 'n' || e.key === 'N') {
      void newCode(e.shiftKey ? id : row.code.parentId);
      return true;
    }
    return false;
  }

  async function rename(id: Id, label: string) {
    setRenamingId(null);
    const code = codes.find((c) => c.id === id);
    if (!code || label === code.label) return;
    await update(id, { label });
  }

  async function remove(code: Code) {
    setDialog(null);
    const ok = await run((snap, ctx) => deleteCode(snap, code.id, ctx));
    if (ok) {
      setSelectedId(null);
      pushToast({
        kind: 'success',
        text: t('app.codebook.deleted', { label: code.label }),
        action: { label: t('app.history.undo'), run: () => void data.undo().catch((error) => reportError(error, 'app.error.undo')) },
      });
    }
  }

  async function merge(source: Code, targetId: Id) {
    setDialog(null);
    const target = codes.find((c) => c.id === targetId);
    const ok = await run((snap, ctx) => mergeCodes(snap, source.id, targetId, ctx));
    if (ok && target) {
      setSelectedId(targetId);
      pushToast({ kind: 'success', text: t('app.codebook.merged', { label: source.label, target: target.label }) });
    }
  }

  async function addFrom(source: CodebookSource) {
    setDialog(null);
    const ok = await run((snap) => applyCodebookSource(snap, source));
    if (ok) setView('codes');
  }

  const origin = describeOrigin(lang, snapshot.project.codebookOrigin);
  const totalCodings = [...counts.values()].reduce((a, b) => a + b, 0);
  const log = [...snapshot.codebookLog].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <div className="codebook-screen" data-testid="codebook-screen">
      <div className="overview-head">
        <div>
          <h2 className="codebook-title">{t('app.codebook.title')}</h2>
          {origin && (
            <p className="codebook-origin" data-testid="codebook-origin">
              {t('app.codebook.adaptedFrom', { origin })}
            </p>
          )}
          <p className="stats" data-testid="codebook-stats">
            {t('app.codebook.stats', { codes: codes.length, codings: totalCodings })}
          </p>
        </div>
        <div className="button-row">
          <div className="button-group" role="group" aria-label={t('app.codebook.viewLabel')}>
            <button type="button" aria-pressed={view === 'codes'} onClick={() => setView('codes')} data-testid="view-codes">
              {t('app.codebook.viewCodes')}
            </button>
            <button type="button" aria-pressed={view === 'log'} onClick={() => setView('log')} data-testid="view-log">
              {t('app.codebook.viewLog')}
            </button>
          </div>
          <button type="button" onClick={() => setDialog({ kind: 'addFrom' })} data-testid="add-from">
            {t('app.codebook.addFrom')}
          </button>
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'export' })} disabled={codes.length === 0} data-testid="export-button">
            {t('app.codebook.export')}
          </button>
        </div>
      </div>

      {view === 'log' ? (
        <section className="panel" aria-labelledby="log-title">
          <h2 id="log-title">{t('app.codebook.logTitle')}</h2>
          {log.length === 0 ? (
            <p className="muted empty">{t('app.codebook.logEmpty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table" data-testid="codebook-log">
                <thead>
                  <tr>
                    <th scope="col">{t('app.codebook.logWhen')}</th>
                    <th scope="col">{t('app.codebook.logWho')}</th>
                    <th scope="col">{t('app.codebook.logWhat')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.map((entry) => (
                    <tr key={entry.id} data-testid="log-row">
                      <td className="nowrap">{formatDateTime(lang, entry.at)}</td>
                      <td>{entry.coder}</td>
                      <td>{t(entry.action, entry.params)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : codes.length === 0 ? (
        <EmptyCodebook projectId={snapshot.project.id} onApply={(s) => void addFrom(s)} onNew={() => void newCode(null)} />
      ) : (
        <div className="codebook-layout">
          <section className="panel code-tree-panel" aria-label={t('app.codebook.treeLabel')}>
            <div className="tree-toolbar">
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={t('app.codebook.searchPlaceholder')}
                aria-label={t('app.codebook.search')}
                data-testid="code-search"
              />
              <select value={levelFilter} onChange={(e) => setLevelFilter(e.target.value)} aria-label={t('app.codebook.levelFilter')} data-testid="level-filter">
                <option value="">{t('app.codebook.allLevels')}</option>
                {levels
                  .filter((l) => codes.some((c) => c.level === l.id))
                  .map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.label}
                    </option>
                  ))}
              </select>
              <button type="button" onClick={() => void newCode(null)} data-testid="new-code" title={t('app.codebook.newCodeTip')}>
                {t('app.codebook.newCode')}
              </button>
            </div>
            {rows.length === 0 ? (
              <p className="muted empty" data-testid="no-matches">
                {t('app.codebook.noMatches')}
              </p>
            ) : (
              <CodeTree
                rows={rows}
                selectedId={selectedId}
                expanded={expanded}
                counts={counts}
                renamingId={renamingId}
                levelName={levelName}
                canDrop={(dragged, target, position) => dropTarget(codes, dragged, target, position) !== null}
                onSelect={setSelectedId}
                onToggle={(id, open) =>
                  setCollapsed((c) => ((open ?? c.has(id)) ? without(c, id) : new Set([...c, id])))
                }
                onStartRename={(id) => {
                  setSelectedId(id);
                  setRenamingId(id);
                }}
                onRename={(id, label) => void rename(id, label)}
                onCancelRename={() => setRenamingId(null)}
                onDrop={(dragged, target, position: DropPosition) => void move(dragged, dropTarget(codes, dragged, target, position))}
                onKey={onTreeKey}
              />
            )}
            <p className="hint small keyboard-hint">{t('app.codebook.keyboardHint')}</p>
          </section>
          {selected ? (
            <CodeEditor
              key={selected.id}
              code={selected}
              path={codePath(codes, selected.id)}
              count={counts.get(selected.id) ?? 0}
              levels={levels}
              onUpdate={(patch) => update(selected.id, patch)}
              onAddChild={() => void newCode(selected.id)}
              onMove={() => setDialog({ kind: 'move', code: selected })}
              onMerge={() => setDialog({ kind: 'merge', code: selected })}
              onDelete={() => setDialog({ kind: 'delete', code: selected })}
            />
          ) : (
            <section className="panel code-editor-empty">
              <h2>{t('app.codebook.noSelectionTitle')}</h2>
              <p className="muted">{t('app.codebook.noSelection')}</p>
            </section>
          )}
        </div>
      )}

      {dialog?.kind === 'delete' && <DeleteCodeDialog snapshot={snapshot} code={dialog.code} onConfirm={() => void remove(dialog.code)} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'merge' && (
        <CodePickerDialog
          title={t('app.codebook.mergeTitle', { label: dialog.code.label })}
          intro={t('app.codebook.mergeIntro', { label: dialog.code.label })}
          confirmLabel={t('app.codebook.mergeConfirm')}
          codes={codes}
          exclude={descendantIds(codes, dialog.code.id)}
          testId="merge-dialog"
          explain={(target) => {
            const label = dialog.code.label;
            const count = counts.get(dialog.code.id) ?? 0;
            const children = codes.filter((c) => c.parentId === dialog.code.id).length;
            const parts = [t('app.codebook.mergeExplain', { label, target: target.label })];
            if (count) parts.push(t('app.codebook.mergeCodings', { label, target: target.label, count }));
            if (children) parts.push(t('app.codebook.mergeChildren', { target: target.label, count: children }));
            parts.push(t('app.codebook.mergeUndo'));
            return parts.join(' ');
          }}
          onConfirm={(targetId) => targetId && void merge(dialog.code, targetId)}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'move' && (
        <CodePickerDialog
          title={t('app.codebook.moveTitle', { label: dialog.code.label })}
          intro={t('app.codebook.moveIntro')}
          confirmLabel={t('app.codebook.moveConfirm')}
          codes={codes}
          exclude={descendantIds(codes, dialog.code.id)}
          allowRoot
          testId="move-dialog"
          onConfirm={(parentId) => {
            const code = dialog.code;
            setDialog(null);
            void move(code.id, dropTarget(codes, code.id, parentId, 'inside'));
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'export' && <ExportDialog snapshot={snapshot} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'addFrom' && <AddFromDialog projectId={snapshot.project.id} onApply={(s) => void addFrom(s)} onCancel={() => setDialog(null)} />}
    </div>
  );
}

function without(set: ReadonlySet<Id>, id: Id): Set<Id> {
  const next = new Set(set);
  next.delete(id);
  return next;
}

function DeleteCodeDialog({ snapshot, code, onConfirm, onCancel }: { snapshot: ProjectSnapshot; code: Code; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const impact = codingImpact(snapshot, code.id);
  const parts = [t('app.codebook.deleteMessage', { label: code.label })];
  if (impact.codings > 0) parts.push(t('app.codebook.deleteCodings', { count: impact.codings, documents: impact.documents }));
  if (impact.children > 0) parts.push(t('app.codebook.deleteChildren', { count: impact.children }));
  parts.push(t('app.codebook.deleteUndo'));
  return (
    <ConfirmDialog
      title={t('app.codebook.deleteTitle', { label: code.label })}
      message={parts.join(' ')}
      confirmLabel={impact.codings > 0 ? t('app.codebook.deleteWithCodings', { count: impact.codings }) : t('app.action.delete')}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

function EmptyCodebook({ projectId, onApply, onNew }: { projectId: Id; onApply: (s: CodebookSource) => void; onNew: () => void }) {
  const t = useT();
  const [source, setSource] = useState<CodebookSource | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const onChange = useCallback((s: CodebookSource | null) => setSource(s), []);
  return (
    <section className="panel codebook-empty" data-testid="codebook-empty">
      <h2>{t('app.codebook.emptyTitle')}</h2>
      <p>{t('app.codebook.emptyLead')}</p>
      <CodebookSourcePicker onChange={onChange} excludeProjectId={projectId} allowEmpty={false} showIncomplete={submitted} />
      <div className="button-row">
        <button
          type="button"
          className="primary"
          data-testid="apply-codebook"
          onClick={() => {
            setSubmitted(true);
            if (source) onApply(source);
          }}
        >
          {t('app.codebook.applySource')}
        </button>
        <button type="button" onClick={onNew}>
          {t('app.codebook.startEmpty')}
        </button>
      </div>
    </section>
  );
}

function AddFromDialog({ projectId, onApply, onCancel }: { projectId: Id; onApply: (s: CodebookSource) => void; onCancel: () => void }) {
  const t = useT();
  const [source, setSource] = useState<CodebookSource | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const onChange = useCallback((s: CodebookSource | null) => setSource(s), []);
  return (
    <Modal
      title={t('app.codebook.addFromTitle')}
      onClose={onCancel}
      wide
      testId="add-from-dialog"
      footer={
        <>
          <button type="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="apply-codebook"
            onClick={() => {
              setSubmitted(true);
              if (source) onApply(source);
            }}
          >
            {t('app.codebook.addFromConfirm')}
          </button>
        </>
      }
    >
      <p className="hint">{t('app.codebook.addFromIntro')}</p>
      <CodebookSourcePicker onChange={onChange} excludeProjectId={projectId} allowEmpty={false} showIncomplete={submitted} />
    </Modal>
  );
}
