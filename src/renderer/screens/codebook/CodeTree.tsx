import { useEffect, useRef, useState } from 'react';
import type { Code, Id } from '../../../shared/model/types';
import { useT } from '../../i18n';
import type { CodeRow, DropPosition } from '../../lib/codebook-ui';

const DRAG_TYPE = 'application/x-werkbank-code';

interface CodeTreeProps {
  rows: CodeRow[];
  selectedId: Id | null;
  expanded: ReadonlySet<Id>;
  counts: ReadonlyMap<string, number>;
  renamingId: Id | null;
  levelName: (code: Code) => string;
  /** May a code be dropped there (not onto itself or into its own subtree)? */
  canDrop: (draggedId: Id, targetId: Id | null, position: DropPosition) => boolean;
  onSelect: (id: Id) => void;
  onToggle: (id: Id, open?: boolean) => void;
  onStartRename: (id: Id) => void;
  onRename: (id: Id, label: string) => void;
  onCancelRename: () => void;
  onDrop: (draggedId: Id, targetId: Id | null, position: DropPosition) => void;
  /** Any other key on a row (Enter, Delete, N, Alt+arrows): handled by the screen. */
  onKey: (e: React.KeyboardEvent, row: CodeRow) => boolean;
}

/**
 * The code tree (WAI-ARIA tree with flat rows and aria-level). One row is focusable at a time;
 * arrows move the selection, →/← expand and collapse, rows can be dragged onto a code (child),
 * between codes (reorder) or onto the zone below the tree (top level).
 */
export function CodeTree(props: CodeTreeProps) {
  const t = useT();
  const { rows, selectedId, expanded, counts, renamingId } = props;
  const treeRef = useRef<HTMLUListElement>(null);
  const [dragging, setDragging] = useState<Id | null>(null);
  const [hint, setHint] = useState<{ id: Id | null; position: DropPosition } | null>(null);
  const focusPending = useRef(false);

  // Keep keyboard focus on the selected row after keyboard navigation or a move.
  useEffect(() => {
    if (!focusPending.current || !selectedId || renamingId) return;
    focusPending.current = false;
    const el = treeRef.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(selectedId)}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  });

  function select(id: Id) {
    focusPending.current = true;
    props.onSelect(id);
  }

  function onKeyDown(e: React.KeyboardEvent, row: CodeRow, index: number) {
    if (renamingId) return;
    if (props.onKey(e, row)) {
      focusPending.current = true;
      e.preventDefault();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const open = expanded.has(row.code.id);
    switch (e.key) {
      case 'ArrowDown':
        if (rows[index + 1]) select(rows[index + 1].code.id);
        break;
      case 'ArrowUp':
        if (rows[index - 1]) select(rows[index - 1].code.id);
        break;
      case 'Home':
        if (rows[0]) select(rows[0].code.id);
        break;
      case 'End':
        if (rows.length) select(rows[rows.length - 1].code.id);
        break;
      case 'ArrowRight':
        if (row.childIds.length && !open) props.onToggle(row.code.id, true);
        else if (row.childIds.length) select(row.childIds[0]);
        break;
      case 'ArrowLeft':
        if (row.childIds.length && open) props.onToggle(row.code.id, false);
        else if (row.code.parentId && rows.some((r) => r.code.id === row.code.parentId)) select(row.code.parentId);
        break;
      case 'F2':
        props.onStartRename(row.code.id);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  function positionFor(e: React.DragEvent<HTMLElement>): DropPosition {
    const rect = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - rect.top) / rect.height;
    return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
  }

  function dragOver(e: React.DragEvent<HTMLElement>, targetId: Id | null) {
    if (!e.dataTransfer.types.includes(DRAG_TYPE) || !dragging) return;
    const position = targetId === null ? 'inside' : positionFor(e);
    if (!props.canDrop(dragging, targetId, position)) {
      setHint(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (hint?.id !== targetId || hint.position !== position) setHint({ id: targetId, position });
  }

  function drop(e: React.DragEvent<HTMLElement>, targetId: Id | null) {
    const dragged = e.dataTransfer.getData(DRAG_TYPE) || dragging;
    setHint(null);
    setDragging(null);
    if (!dragged) return;
    e.preventDefault();
    const position = targetId === null ? 'inside' : positionFor(e);
    if (!props.canDrop(dragged, targetId, position)) return;
    focusPending.current = true;
    props.onDrop(dragged, targetId, position);
  }

  return (
    <div className="code-tree-wrap">
      <ul className="code-tree" role="tree" aria-label={t('app.codebook.treeLabel')} ref={treeRef} data-testid="code-tree">
        {rows.map((row, index) => {
          const { code } = row;
          const selected = code.id === selectedId;
          const open = expanded.has(code.id);
          const count = counts.get(code.id) ?? 0;
          const level = props.levelName(code);
          const hintClass = hint && hint.id === code.id ? ` drop-${hint.position}` : '';
          return (
            <li
              key={code.id}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-selected={selected}
              aria-expanded={row.childIds.length ? open : undefined}
              tabIndex={selected || (!selectedId && index === 0) ? 0 : -1}
              className={`code-row${selected ? ' selected' : ''}${dragging === code.id ? ' is-dragging' : ''}${hintClass}`}
              style={{ paddingLeft: `${0.4 + row.depth * 1.35}rem` }}
              data-testid="code-row"
              data-code-id={code.id}
              data-label={code.label}
              data-depth={row.depth}
              draggable={renamingId !== code.id}
              onClick={() => props.onSelect(code.id)}
              onDoubleClick={() => props.onStartRename(code.id)}
              onKeyDown={(e) => onKeyDown(e, row, index)}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, code.id);
                e.dataTransfer.setData('text/plain', code.label);
                e.dataTransfer.effectAllowed = 'move';
                setDragging(code.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setHint(null);
              }}
              onDragOver={(e) => dragOver(e, code.id)}
              onDragLeave={() => setHint((h) => (h?.id === code.id ? null : h))}
              onDrop={(e) => drop(e, code.id)}
            >
              <button
                type="button"
                className="tree-toggle"
                tabIndex={-1}
                aria-hidden="true"
                style={{ visibility: row.childIds.length ? 'visible' : 'hidden' }}
                onClick={(e) => {
                  e.stopPropagation();
                  props.onToggle(code.id);
                }}
              >
                {open ? '▾' : '▸'}
              </button>
              <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
              {code.number && <span className="code-number">{code.number}</span>}
              {renamingId === code.id ? (
                <RenameInput
                  initial={code.label}
                  label={t('app.codebook.renameLabel', { label: code.label })}
                  onCommit={(label) => {
                    focusPending.current = true;
                    props.onRename(code.id, label);
                  }}
                  onCancel={() => {
                    focusPending.current = true;
                    props.onCancelRename();
                  }}
                />
              ) : (
                <span className="code-label" data-testid="code-label">
                  {code.label}
                </span>
              )}
              {level && <span className={`level-badge level-${code.level}`}>{level}</span>}
              <span
                className={count ? 'code-count' : 'code-count zero'}
                title={t('app.codebook.codingCount', { count })}
                aria-label={t('app.codebook.codingCount', { count })}
                data-testid="code-count"
              >
                {count}
              </span>
            </li>
          );
        })}
      </ul>
      <div
        className={`root-drop${dragging ? ' active' : ''}${hint && hint.id === null ? ' over' : ''}`}
        data-testid="root-drop"
        onDragOver={(e) => dragOver(e, null)}
        onDragLeave={() => setHint((h) => (h?.id === null ? null : h))}
        onDrop={(e) => drop(e, null)}
      >
        {t('app.codebook.rootDrop')}
      </div>
    </div>
  );
}

function RenameInput({ initial, label, onCommit, onCancel }: { initial: string; label: string; onCommit: (v: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  return (
    <input
      className="rename-input"
      data-testid="rename-input"
      aria-label={label}
      value={value}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          done.current = true;
          onCommit(value);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          done.current = true;
          onCancel();
        }
      }}
      onBlur={() => {
        if (done.current) return;
        done.current = true;
        onCommit(value);
      }}
    />
  );
}
