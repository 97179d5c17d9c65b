import { useMemo, useState } from 'react';
import type { Code, Id, ProjectSnapshot } from '../../../shared/model/types';
import { addCode, codingCounts, mergeCodes, moveCode, updateCode } from '../../../shared/codebook/commands';
import { treeOrder } from '../../../shared/codebook/project-tree';
import { splitCode } from '../../../shared/axial/commands';
import type { RetrievalQuery } from '../../../shared/analysis/retrieval';
import { useT } from '../../i18n';
import type { ProjectData } from '../../state/useProject';
import { Modal } from '../../components/Modal';
import { PromptDialog } from '../../components/PromptDialog';
import { CodePickerDialog } from '../codebook/CodePickerDialog';
import { RetrievalView } from '../retrieval/RetrievalView';
import { NetworkView } from './NetworkView';
import { categoryBoard, subtreeIds } from './categories';
import { useRunCommand } from '../../state/run-command';
import './axial.css';

const DRAG_TYPE = 'application/x-werkbank-axial-code';
type Section = 'board' | 'network' | 'retrieval';
type Dialog = { kind: 'newCategory' } | { kind: 'edit'; code: Code } | { kind: 'move'; code: Code } | { kind: 'merge'; code: Code } | { kind: 'split'; codeId: Id; codingIds: Id[] } | null;
type Pick = { kind: 'code'; id: Id } | { kind: 'theme'; id: Id } | null;

/** Axial coding: the category board, relations with the network, and retrieval of fragments. */
export function AxialScreen({ data, snapshot }: { data: ProjectData; snapshot: ProjectSnapshot }) {
  const t = useT();
  const run = useRunCommand(data, snapshot);
  const [section, setSection] = useState<Section>('board');
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pick, setPick] = useState<Pick>(null);
  const [chosen, setChosen] = useState<Id[]>([]);
  const [generation, setGeneration] = useState(0);
  const [dragging, setDragging] = useState<Id | null>(null);
  const [over, setOver] = useState<Id | 'none' | null>(null);

  const counts = useMemo(() => codingCounts(snapshot), [snapshot]);
  const board = useMemo(() => categoryBoard(snapshot, counts), [snapshot, counts]);
  const selected = snapshot.codes.find((c) => c.id === selectedId) ?? null;

  function moveInto(codeId: Id, categoryId: Id | null) {
    const snap = data.latest() ?? snapshot;
    const code = snap.codes.find((c) => c.id === codeId);
    if (!code || code.parentId === categoryId || codeId === categoryId) return;
    const index = snap.codes.filter((c) => c.parentId === categoryId).length;
    void run((s, ctx) => moveCode(s, codeId, categoryId, index, ctx));
  }

  function dropProps(target: Id | null) {
    const key = target ?? 'none';
    return {
      onDragOver: (e: React.DragEvent) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (over !== key) setOver(key);
      },
      onDragLeave: (e: React.DragEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver((o) => (o === key ? null : o));
      },
      onDrop: (e: React.DragEvent) => {
        const id = e.dataTransfer.getData(DRAG_TYPE) || dragging;
        setOver(null);
        setDragging(null);
        if (!id) return;
        e.preventDefault();
        moveInto(id, target);
      },
    };
  }

  function codeItem(code: Code) {
    const count = counts.get(code.id) ?? 0;
    const isSel = code.id === selectedId;
    return (
      <li
        key={code.id}
        className={`axial-code${isSel ? ' selected' : ''}${dragging === code.id ? ' is-dragging' : ''}`}
        draggable
        data-testid="axial-code"
        data-label={code.label}
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, code.id);
          e.dataTransfer.setData('text/plain', code.label);
          e.dataTransfer.effectAllowed = 'move';
          setDragging(code.id);
        }}
        onDragEnd={() => {
          setDragging(null);
          setOver(null);
        }}
      >
        <button type="button" className="axial-code-button" aria-pressed={isSel} onClick={() => setSelectedId(isSel ? null : code.id)}>
          <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
          {code.number && <span className="code-number">{code.number}</span>}
          <span className="axial-code-label">{code.label}</span>
          <span className={count ? 'code-count' : 'code-count zero'} aria-label={t('app.axial.fragmentCount', { count })} title={t('app.axial.fragmentCount', { count })}>
            {count}
          </span>
        </button>
      </li>
    );
  }

  const query: RetrievalQuery | null = pick?.kind === 'code' ? { codeIds: [pick.id], includeDescendants: true } : pick?.kind === 'theme' ? { themeId: pick.id } : null;
  const pickedLabel =
    pick?.kind === 'code' ? snapshot.codes.find((c) => c.id === pick.id)?.label : pick?.kind === 'theme' ? snapshot.themes.find((th) => th.id === pick.id)?.label : undefined;

  function showFragments(codeId: Id) {
    setPick({ kind: 'code', id: codeId });
    setChosen([]);
    setGeneration((g) => g + 1);
    setSection('retrieval');
  }

  return (
    <section className="axial-screen" data-testid="axial-screen">
      <nav className="axial-sections" aria-label={t('app.axial.sections')}>
        {(['board', 'network', 'retrieval'] as const).map((s) => (
          <button key={s} type="button" className="axial-section-tab" aria-current={section === s ? 'page' : undefined} onClick={() => setSection(s)} data-testid={`axial-${s}`}>
            {t(s === 'board' ? 'app.axial.tabBoard' : s === 'network' ? 'app.axial.tabNetwork' : 'app.axial.tabRetrieval')}
          </button>
        ))}
      </nav>

      {section === 'board' && (
        <>
          <div className="axial-toolbar">
            <p className="muted">{t('app.axial.intro')}</p>
            <button type="button" className="primary" onClick={() => setDialog({ kind: 'newCategory' })} data-testid="new-category">
              + {t('app.axial.newCategory')}
            </button>
          </div>
          {selected && (
            <div className="axial-selection" role="toolbar" aria-label={t('app.axial.selected', { label: selected.label })} data-testid="axial-selection">
              <strong>{t('app.axial.selected', { label: selected.label })}</strong>
              <button type="button" onClick={() => setDialog({ kind: 'move', code: selected })} data-testid="axial-move">
                {t('app.axial.moveTo')}
              </button>
              <button type="button" onClick={() => setDialog({ kind: 'merge', code: selected })} data-testid="axial-merge">
                {t('app.axial.merge')}
              </button>
              <button type="button" onClick={() => showFragments(selected.id)} data-testid="axial-fragments">
                {t('app.axial.showFragments')}
              </button>
            </div>
          )}
          {board.categories.length === 0 && <p className="muted">{t('app.axial.noCategories')}</p>}
          <div className="category-board" aria-label={t('app.axial.boardLabel')} data-testid="category-board">
            <div
              className={`category-card uncategorized${over === 'none' ? ' drop-over' : ''}`}
              data-testid="category-none"
              {...dropProps(null)}
            >
              <header className="category-head">
                <h3>{t('app.axial.uncategorized')}</h3>
                <span className="muted small">{t('app.axial.codeCount', { count: board.uncategorized.length })}</span>
              </header>
              <p className="muted small">{t('app.axial.uncategorizedHint')}</p>
              <ul className="axial-codes">{board.uncategorized.map(codeItem)}</ul>
            </div>
            {board.categories.map((cat) => {
              const members = board.members.get(cat.id) ?? [];
              return (
                <div
                  key={cat.id}
                  className={`category-card${over === cat.id ? ' drop-over' : ''}`}
                  data-testid="category"
                  data-label={cat.label}
                  style={{ borderTopColor: cat.color }}
                  {...dropProps(cat.id)}
                >
                  <header className="category-head">
                    <h3 data-testid="category-label">{cat.label}</h3>
                    <button type="button" className="icon-button" onClick={() => setDialog({ kind: 'edit', code: cat })} data-testid="category-edit" aria-label={`${t('app.axial.edit')}: ${cat.label}`}>
                      ✎
                    </button>
                  </header>
                  <p className="category-meta muted small">
                    {t('app.axial.codeCount', { count: members.length })} · {t('app.axial.fragmentCount', { count: board.totals.get(cat.id) ?? 0 })}
                    {' · '}
                    <button type="button" className="link-button" onClick={() => showFragments(cat.id)} data-testid="category-fragments">
                      {t('app.axial.showFragments')}
                    </button>
                  </p>
                  <p className={cat.description ? 'category-definition' : 'category-definition missing'} data-testid="category-definition">
                    {cat.description || t('app.axial.noDefinition')}
                  </p>
                  <ul className="axial-codes">{members.map(codeItem)}</ul>
                  {members.length === 0 && <p className="drop-hint">{t('app.axial.dropHere')}</p>}
                </div>
              );
            })}
          </div>
        </>
      )}

      {section === 'network' && <NetworkView data={data} snapshot={snapshot} categoryIds={board.categories.map((c) => c.id)} counts={counts} />}

      {section === 'retrieval' && (
        <div className="axial-retrieval">
          <aside className="retrieval-picker" aria-label={t('app.axial.pickTree')}>
            <h3>{t('app.axial.pickTree')}</h3>
            <ul data-testid="retrieval-tree">
              {treeOrder(snapshot.codes).map(({ code, depth }) => (
                <li key={code.id}>
                  <button
                    type="button"
                    className="picker-node"
                    aria-pressed={pick?.kind === 'code' && pick.id === code.id}
                    style={{ paddingLeft: `${0.4 + depth * 1}rem` }}
                    onClick={() => {
                      setPick({ kind: 'code', id: code.id });
                      setChosen([]);
                    }}
                    data-testid="retrieval-node"
                    data-label={code.label}
                  >
                    <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
                    <span className={board.isCategory(code.id) ? 'picker-label category' : 'picker-label'}>{code.label}</span>
                    <span className="code-count">{counts.get(code.id) ?? 0}</span>
                  </button>
                </li>
              ))}
            </ul>
            {snapshot.themes.length > 0 && (
              <>
                <h3>{t('app.axial.pickThemes')}</h3>
                <ul>
                  {snapshot.themes.map((th) => (
                    <li key={th.id}>
                      <button
                        type="button"
                        className="picker-node"
                        aria-pressed={pick?.kind === 'theme' && pick.id === th.id}
                        onClick={() => {
                          setPick({ kind: 'theme', id: th.id });
                          setChosen([]);
                        }}
                        data-testid="retrieval-theme"
                      >
                        <span className="swatch" style={{ background: th.color }} aria-hidden="true" />
                        <span className="picker-label">{th.label}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </aside>
          <div className="retrieval-main">
            {query && pick ? (
              <>
                <div className="retrieval-head">
                  <h3 data-testid="retrieval-title">{pickedLabel}</h3>
                  {pick.kind === 'code' && chosen.length > 0 && (
                    <>
                      <span className="muted">{t('app.axial.selectionCount', { count: chosen.length })}</span>
                      <button
                        type="button"
                        className="primary"
                        onClick={() => {
                          const snap = data.latest() ?? snapshot;
                          const own = new Set(snap.codings.filter((c) => chosen.includes(c.id)).map((c) => c.codeId));
                          setDialog({ kind: 'split', codeId: own.size === 1 ? [...own][0] : pick.id, codingIds: chosen });
                        }}
                        data-testid="split-button"
                      >
                        {t('app.axial.split')}
                      </button>
                    </>
                  )}
                </div>
                <RetrievalView
                  key={`${pick.kind}:${pick.id}:${generation}`}
                  snapshot={snapshot}
                  data={data}
                  query={query}
                  themeId={pick.kind === 'theme' ? pick.id : undefined}
                  selectable={pick.kind === 'code'}
                  onSelectionChange={setChosen}
                />
              </>
            ) : (
              <p className="muted">{t('app.axial.pickHint')}</p>
            )}
          </div>
        </div>
      )}

      {dialog?.kind === 'newCategory' && (
        <PromptDialog
          title={t('app.axial.newCategory')}
          label={t('app.axial.categoryName')}
          initial=""
          confirmLabel={t('app.axial.create')}
          onCancel={() => setDialog(null)}
          onConfirm={(label) => {
            void run((s, ctx) => addCode(s, { label, parentId: null, level: 'axial' }, ctx).set).then((ok) => {
              if (ok) setDialog(null);
            });
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <CategoryEditor
          code={dialog.code}
          onCancel={() => setDialog(null)}
          onSave={(label, description) => {
            const id = dialog.code.id;
            void run((s, ctx) => updateCode(s, id, { label, description }, ctx)).then((ok) => {
              if (ok) setDialog(null);
            });
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <CodePickerDialog
          title={t('app.axial.moveTitle', { label: dialog.code.label })}
          intro={t('app.axial.moveIntro', { label: dialog.code.label })}
          confirmLabel={t('app.axial.move')}
          codes={board.categories}
          exclude={subtreeIds(snapshot.codes, dialog.code.id)}
          allowRoot
          testId="move-dialog"
          onCancel={() => setDialog(null)}
          onConfirm={(target) => {
            const id = dialog.code.id;
            setDialog(null);
            moveInto(id, target);
          }}
        />
      )}
      {dialog?.kind === 'merge' && (
        <CodePickerDialog
          title={t('app.axial.mergeTitle', { label: dialog.code.label })}
          intro={t('app.axial.mergeIntro', { label: dialog.code.label })}
          confirmLabel={t('app.axial.mergeConfirm')}
          codes={snapshot.codes}
          exclude={subtreeIds(snapshot.codes, dialog.code.id)}
          explain={(target) => t('app.axial.mergeExplain', { count: counts.get(dialog.code.id) ?? 0, target: target.label })}
          testId="merge-dialog"
          onCancel={() => setDialog(null)}
          onConfirm={(target) => {
            const id = dialog.code.id;
            setDialog(null);
            if (!target) return;
            void run((s, ctx) => mergeCodes(s, id, target, ctx)).then((ok) => {
              if (ok) setSelectedId(target);
            });
          }}
        />
      )}
      {dialog?.kind === 'split' && (
        <PromptDialog
          title={t('app.axial.splitTitle')}
          label={t('app.axial.splitLabel', { count: dialog.codingIds.length })}
          initial=""
          confirmLabel={t('app.axial.splitConfirm')}
          onCancel={() => setDialog(null)}
          onConfirm={(label) => {
            const { codeId, codingIds } = dialog;
            void run((s, ctx) => splitCode(s, codeId, codingIds, label, ctx).set).then((ok) => {
              if (!ok) return;
              setDialog(null);
              setChosen([]);
              setGeneration((g) => g + 1);
            });
          }}
        />
      )}
    </section>
  );
}

function CategoryEditor({ code, onSave, onCancel }: { code: Code; onSave: (label: string, description: string) => void; onCancel: () => void }) {
  const t = useT();
  const [label, setLabel] = useState(code.label);
  const [description, setDescription] = useState(code.description);
  return (
    <Modal title={t('app.axial.editTitle')} onClose={onCancel} testId="category-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim()) onSave(label.trim(), description.trim());
        }}
      >
        <label className="field">
          <span>{t('app.axial.label')}</span>
          <input value={label} onChange={(e) => setLabel(e.target.value)} autoFocus data-testid="category-name" />
        </label>
        <label className="field">
          <span>{t('app.axial.definition')}</span>
          <textarea rows={5} value={description} onChange={(e) => setDescription(e.target.value)} placeholder={t('app.axial.definitionHint')} data-testid="category-description" />
        </label>
        <div className="modal-footer inline">
          <button type="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="category-save">
            {t('app.axial.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
