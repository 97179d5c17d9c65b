/**
 * The virtualised transcript with its code margin. Only turns in or near the viewport are in the
 * DOM; their heights are measured (ResizeObserver), unmeasured ones estimated, and a prefix sum
 * of heights places them. Each turn's text is split at coding and highlight boundaries; every
 * piece carries `data-offset`/`data-end` so DOM selections map to document offsets.
 */
import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Code, Coding, Document, Respondent } from '../../../shared/model/types';
import { CodingIndex, layoutMargin } from '../../../shared/coding/index-structures';
import { respondentTurnFlags, TurnLookup } from '../../../shared/text/turns';
import { useT, type TFunction } from '../../i18n';
import { useCoding, type Highlight, type TextSelection } from '../../state/coding-store';
import { formatTimestamp, speakerRole } from '../../lib/format';
import { roleLabel } from '../../lib/roles';
import { estimateTurnHeight, HeightIndex, splitPieces, stackLabels, type MarkKind } from '../../lib/coding-view';
import { notify } from '../../lib/report';
import { offsetAtPoint, selectionOffsets } from './dom-offsets';
import { selectionRange } from '../../lib/coding-view';
import type { CodingActions } from './useCodingActions';
import { MemoMarker } from './panels/MemoPanel';

export const CODE_DRAG_TYPE = 'application/x-werkbank-code';
const OVERSCAN = 600;
const COLUMN = 9;
const LABEL_H = 18;
const MEMO_MARKER_W = 26;

interface TranscriptProps {
  doc: Document;
  respondents: Respondent[];
  codings: readonly Coding[];
  codesById: Map<string, Code>;
  /** Number of memos per coding: a comment marker appears next to the bracket's label. */
  memoCounts: ReadonlyMap<string, number>;
  actions: CodingActions;
}

interface Who {
  text: string;
  kind: 'interviewer' | 'respondent' | 'unassigned' | 'none';
}

function describeSpeaker(t: TFunction, doc: Document, respondentsById: Map<string, Respondent>, label: string): Who {
  if (label === '' && !doc.speakers.some((s) => s.label === '')) return { text: t('app.speaker.none'), kind: 'none' };
  const role = speakerRole(doc, label);
  if (role.kind === 'interviewer') return { text: t('app.speaker.interviewer'), kind: 'interviewer' };
  if (role.kind === 'respondent') {
    const r = respondentsById.get(role.respondentId);
    if (r) return { text: r.role ? `${r.pseudonym} · ${roleLabel(t, r.role)}` : r.pseudonym, kind: 'respondent' };
  }
  return { text: t('app.speaker.unassigned'), kind: 'unassigned' };
}

export function TranscriptView({ doc, respondents, codings, codesById, memoCounts, actions }: TranscriptProps) {
  const t = useT();
  const showInterviewer = useCoding((s) => s.showInterviewer);
  const highlights = useCoding((s) => s.highlights);
  const selection = useCoding((s) => s.selection);
  const activeCodingId = useCoding((s) => s.activeCodingId);
  const playingTurnIndex = useCoding((s) => s.playingTurnIndex);
  const scrollRequest = useCoding((s) => s.scrollRequest);
  const snapToWords = useCoding((s) => s.snapToWords);

  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ height: 800, width: 800 });
  const [range, setRange] = useState({ first: 0, last: 20 });
  const [version, setVersion] = useState(0);

  const respondentsById = useMemo(() => new Map(respondents.map((r) => [r.id, r])), [respondents]);
  const who = useMemo(() => doc.turns.map((turn) => describeSpeaker(t, doc, respondentsById, turn.speaker)), [t, doc, respondentsById]);
  const counted = useMemo(() => respondentTurnFlags(doc), [doc]);
  const rows = useMemo(() => doc.turns.map((_, i) => i).filter((i) => showInterviewer !== 'hidden' || who[i].kind !== 'interviewer'), [doc, showInterviewer, who]);
  const rowOfTurn = useMemo(() => {
    const m = new Map<number, number>();
    rows.forEach((turn, row) => m.set(turn, row));
    return m;
  }, [rows]);
  const lookup = useMemo(() => new TurnLookup(doc), [doc]);
  const index = useMemo(() => new CodingIndex(codings), [codings]);
  // Per-turn lists, stable between renders so unchanged rows are not re-rendered.
  const codingsByTurn = useMemo(() => doc.turns.map((turn) => index.codingsInRange(doc.id, turn.start, turn.end)), [index, doc]);

  // Heights: estimated from the text length, replaced by measurements as rows render.
  const textWidth = Math.max(200, viewport.width - 290);
  const heights = useMemo(
    () => new HeightIndex(rows.map((turn) => estimateTurnHeight(doc.turns[turn].end - doc.turns[turn].start, textWidth))),
    // Re-estimate when the rows or the width change; measurements come back as rows render.
    [rows, doc, textWidth],
  );
  const heightsRef = useRef(heights);
  useLayoutEffect(() => {
    heightsRef.current = heights;
  }, [heights]);

  const updateRange = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = heightsRef.current.range(el.scrollTop, el.clientHeight, OVERSCAN);
    setRange((prev) => (prev.first === next.first && prev.last === next.last ? prev : next));
  }, []);

  useLayoutEffect(() => {
    updateRange();
  }, [heights, version, updateRange]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      setViewport((prev) => (prev.height === el.clientHeight && prev.width === el.clientWidth ? prev : { height: el.clientHeight, width: el.clientWidth }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // One observer measures every rendered turn; rows above the viewport keep the view still.
  const observerRef = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    const ro = new ResizeObserver((entries) => {
      const el = scroller.current;
      const h = heightsRef.current;
      let changed = false;
      let shift = 0;
      const firstVisible = el ? h.rowAt(el.scrollTop) : 0;
      for (const entry of entries) {
        const node = entry.target as HTMLElement;
        const row = Number(node.dataset.row);
        const before = h.heights[row];
        const height = node.offsetHeight;
        if (h.set(row, height)) {
          changed = true;
          if (row < firstVisible) shift += height - before;
        }
      }
      if (!changed) return;
      if (el && shift !== 0) el.scrollTop += shift;
      setVersion((v) => v + 1);
    });
    observerRef.current = ro;
    content.current?.querySelectorAll('[data-row]').forEach((row) => ro.observe(row));
    return () => {
      ro.disconnect();
      observerRef.current = null;
    };
  }, []);
  const observe = useCallback((el: HTMLElement) => {
    observerRef.current?.observe(el);
    return () => observerRef.current?.unobserve(el);
  }, []);

  // Scroll requests (search hits, memo targets, media) and the playing turn.
  const clearScrollRequest = useCoding((s) => s.clearScrollRequest);
  useEffect(() => {
    if (!scrollRequest || scrollRequest.documentId !== doc.id) return;
    const turn = lookup.turnAt(scrollRequest.offset);
    const row = rowOfTurn.get(turn);
    if (row !== undefined && scroller.current) {
      scroller.current.scrollTop = Math.max(0, heightsRef.current.offsetOf(row) - 60);
      updateRange();
    }
    clearScrollRequest();
  }, [scrollRequest, doc.id, lookup, rowOfTurn, clearScrollRequest, updateRange]);

  useEffect(() => {
    if (playingTurnIndex < 0) return;
    const row = rowOfTurn.get(playingTurnIndex);
    const el = scroller.current;
    if (row === undefined || !el) return;
    const top = heightsRef.current.offsetOf(row);
    const bottom = top + heightsRef.current.heights[row];
    if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - 60);
      updateRange();
    }
  }, [playingTurnIndex, rowOfTurn, updateRange]);

  // Selection → offsets (clipped to one turn, snapped, never splitting a character).
  const readSelection = useCallback(() => {
    const root = content.current;
    if (!root) return;
    const raw = selectionOffsets(root);
    if (!raw) return;
    const result = selectionRange(doc.text, doc.turns, raw.start, raw.end, useCoding.getState().snapToWords);
    if (!result) return;
    if (result.clipped) notify('app.coding.selectionClipped', undefined, 'info');
    useCoding.getState().setSelection({ documentId: doc.id, start: result.start, end: result.end });
    useCoding.getState().setActiveCoding(null);
    // Our own highlight shows the (snapped) selection from here on.
    window.getSelection()?.removeAllRanges();
  }, [doc]);

  const onMouseUp = useCallback(
    (e: React.MouseEvent) => {
      if ((e.target as HTMLElement).closest('button, .cv-margin')) return;
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) readSelection();
      else if (useCoding.getState().selection && (e.target as HTMLElement).closest('.cv-turn-text')) useCoding.getState().setSelection(null);
    },
    [readSelection],
  );

  // Drop a code onto the selection (or onto a turn without a selection: the whole turn).
  const onDragOver = useCallback((e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: React.DragEvent) => {
      const codeId = e.dataTransfer.getData(CODE_DRAG_TYPE);
      if (!codeId) return;
      e.preventDefault();
      const sel = useCoding.getState().selection;
      if (sel && sel.documentId === doc.id) {
        actions.applyToSelection(codeId);
        return;
      }
      const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-turn]');
      if (rowEl) actions.applyToTurn(Number(rowEl.dataset.turn), codeId);
      else notify('app.coding.selectFirst', undefined, 'info');
    },
    [actions, doc.id],
  );

  const marks = useMemo(() => {
    const out: { start: number; end: number; kind: MarkKind }[] = highlights.map((h: Highlight) => ({ start: h.start, end: h.end, kind: h.kind }));
    if (selection && selection.documentId === doc.id) out.push({ start: selection.start, end: selection.end, kind: 'selection' });
    return out;
  }, [highlights, selection, doc.id]);

  const first = Math.max(0, range.first);
  const last = Math.min(rows.length - 1, range.last);
  const top = heights.offsetOf(first);
  const bottom = heights.total - heights.offsetOf(last + 1);
  const rendered: number[] = [];
  for (let row = first; row <= last; row++) rendered.push(row);

  return (
    <div
      className={`cv-scroller interviewer-${showInterviewer}`}
      ref={scroller}
      onScroll={updateRange}
      data-testid="cv-transcript"
      data-snap={snapToWords ? 'on' : 'off'}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <div ref={content} className="cv-content" onMouseUp={onMouseUp} onKeyUp={(e) => e.shiftKey && readSelection()}>
        <div style={{ height: top }} aria-hidden="true" />
        {rendered.map((row) => {
          const turnIndex = rows[row];
          const turn = doc.turns[turnIndex];
          return (
            <TurnRow
              key={turnIndex}
              row={row}
              turnIndex={turnIndex}
              doc={doc}
              who={who[turnIndex]}
              counted={counted[turnIndex]}
              codings={codingsByTurn[turnIndex]}
              marks={marksOf(marks, turn.start, turn.end)}
              codesById={codesById}
              memoCounts={memoCounts}
              activeCodingId={activeCodingId}
              playing={playingTurnIndex === turnIndex}
              observe={observe}
              textWidth={textWidth}
              actions={actions}
              contentRef={content}
              t={t}
            />
          );
        })}
        <div style={{ height: bottom }} aria-hidden="true" />
      </div>
    </div>
  );
}

interface TurnRowProps {
  row: number;
  turnIndex: number;
  doc: Document;
  who: Who;
  counted: boolean;
  codings: Coding[];
  marks: { start: number; end: number; kind: MarkKind }[];
  codesById: Map<string, Code>;
  memoCounts: ReadonlyMap<string, number>;
  activeCodingId: string | null;
  playing: boolean;
  observe: (el: HTMLElement) => () => void;
  textWidth: number;
  actions: CodingActions;
  contentRef: React.RefObject<HTMLDivElement | null>;
  t: TFunction;
}

interface Geometry {
  top: number;
  bottom: number;
}

const TurnRow = memo(function TurnRow({ row, turnIndex, doc, who, counted, codings, marks, codesById, memoCounts, activeCodingId, playing, observe, textWidth, actions, contentRef, t }: TurnRowProps) {
  const turn = doc.turns[turnIndex];
  const ref = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLParagraphElement>(null);
  const [geometry, setGeometry] = useState<Map<string, Geometry>>(() => new Map());
  const seek = useCoding((s) => s.seek);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    return observe(el);
  }, [observe]);

  const pieces = useMemo(() => splitPieces(turn.start, turn.end, codings, marks), [turn.start, turn.end, codings, marks]);
  const columns = useMemo(
    () => layoutMargin(codings.map((c) => ({ id: c.id, start: Math.max(c.start, turn.start), end: Math.min(c.end, turn.end) }))),
    [codings, turn.start, turn.end],
  );
  const columnCount = codings.length ? Math.max(...columns.values()) + 1 : 0;

  // Measure each coding's vertical extent from its first and last piece.
  const codingKey = codings.map((c) => `${c.id}:${c.start}:${c.end}`).join('|');
  useLayoutEffect(() => {
    const rowEl = ref.current;
    const textEl = textRef.current;
    if (!rowEl || !textEl) return;
    const base = rowEl.getBoundingClientRect().top;
    const next = new Map<string, Geometry>();
    for (const c of codings) {
      const s = Math.max(c.start, turn.start);
      const e = Math.min(c.end, turn.end);
      const startEl = textEl.querySelector<HTMLElement>(`[data-offset="${s}"]`);
      const endEl = textEl.querySelector<HTMLElement>(`[data-end="${e}"]`);
      const a = startEl?.getClientRects()[0];
      const bRects = endEl?.getClientRects();
      const b = bRects && bRects.length ? bRects[bRects.length - 1] : undefined;
      if (a && b) next.set(c.id, { top: a.top - base, bottom: b.bottom - base });
    }
    setGeometry((prev) => (sameGeometry(prev, next) ? prev : next));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- codingKey stands for the codings' ranges
  }, [codingKey, pieces, textWidth, turn.start, turn.end]);

  const labelTops = stackLabels(
    codings.map((c) => geometry.get(c.id)?.top ?? 0),
    LABEL_H,
  );
  const marginHeight = labelTops.reduce((m, y) => Math.max(m, y + LABEL_H), 0);

  const hover = (c: Coding | null) => useCoding.getState().setHighlights(c ? [{ start: c.start, end: c.end, kind: 'hover' }] : []);
  const pick = (c: Coding) => {
    const ui = useCoding.getState();
    ui.setActiveCoding(ui.activeCodingId === c.id ? null : c.id);
    ui.setSelection(null);
  };

  // Dragging a handle of the active bracket moves that edge to the character under the pointer.
  const startHandleDrag = (c: Coding, edge: 'start' | 'end') => (e: React.PointerEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const root = contentRef.current;
    if (!root) return;
    const onUp = (ev: PointerEvent) => {
      window.removeEventListener('pointerup', onUp);
      const textRect = textRef.current?.getBoundingClientRect();
      const x = edge === 'start' ? (textRect?.left ?? ev.clientX) + 2 : (textRect?.right ?? ev.clientX) - 2;
      const offset = offsetAtPoint(root, Math.min(ev.clientX, x), ev.clientY) ?? offsetAtPoint(root, x, ev.clientY);
      if (offset === null) return;
      const range = edge === 'start' ? { start: Math.min(offset, c.end - 1), end: c.end } : { start: c.start, end: Math.max(offset, c.start + 1) };
      const snapped = selectionRange(doc.text, doc.turns, range.start, range.end, useCoding.getState().snapToWords);
      if (snapped) actions.resizeTo(c.id, { start: snapped.start, end: snapped.end });
    };
    window.addEventListener('pointerup', onUp);
  };

  const classes = ['cv-turn', `cv-who-${who.kind}`];
  if (!counted) classes.push('cv-not-counted');
  if (playing) classes.push('cv-playing');

  return (
    <div ref={ref} className={classes.join(' ')} data-row={row} data-turn={turnIndex} data-playing={playing ? 'true' : undefined} data-testid="cv-turn">
      <div className="cv-turn-main">
        <div className="cv-turn-head">
          <span className="speaker-label">{turn.speaker || '—'}</span>
          <span className="speaker-who">{who.text}</span>
          {turn.startTime !== undefined && (
            <button type="button" className="link cv-time" onClick={() => seek(turn.startTime!)} title={t('app.coding.playFrom')}>
              {formatTimestamp(turn.startTime)}
            </button>
          )}
          <button type="button" className="cv-turn-select" onClick={() => actions.selectTurn(turnIndex)} title={t('app.coding.selectTurnHint')} data-testid="cv-select-turn">
            {t('app.coding.selectTurn')}
          </button>
        </div>
        <p className="cv-turn-text" ref={textRef} data-testid="cv-turn-text">
          {pieces.map((p) => (
            <TextPiece key={p.start} piece={p} codesById={codesById} activeCodingId={activeCodingId} text={doc.text.slice(p.start, p.end)} />
          ))}
        </p>
      </div>
      <div className="cv-margin" style={{ minHeight: marginHeight }}>
        {codings.map((c) => {
          const code = codesById.get(c.codeId);
          const g = geometry.get(c.id);
          const color = code?.color ?? '#888';
          const col = columns.get(c.id) ?? 0;
          const first = c.start >= turn.start;
          const active = c.id === activeCodingId;
          const label = code?.label ?? '?';
          return (
            <div
              key={c.id}
              className={active ? 'cv-bracket active' : 'cv-bracket'}
              data-testid={first ? 'cv-bracket' : 'cv-bracket-cont'}
              data-coding={c.id}
              data-code={c.codeId}
              data-label={label}
              data-start={c.start}
              data-end={c.end}
              data-coder={c.coder}
              data-review={c.review?.status}
              style={{ left: col * COLUMN, top: g?.top ?? 0, height: g ? Math.max(8, g.bottom - g.top) : '100%', borderColor: color }}
              title={label}
              onMouseEnter={() => hover(c)}
              onMouseLeave={() => hover(null)}
              onClick={() => pick(c)}
            >
              {active && (
                <>
                  <span className="cv-handle cv-handle-start" onPointerDown={startHandleDrag(c, 'start')} title={t('app.coding.dragStart')} />
                  <span className="cv-handle cv-handle-end" onPointerDown={startHandleDrag(c, 'end')} title={t('app.coding.dragEnd')} />
                </>
              )}
            </div>
          );
        })}
        {codings.map((c, i) => {
          const code = codesById.get(c.codeId);
          const active = c.id === activeCodingId;
          const memoCount = memoCounts.get(c.id) ?? 0;
          const labelLeft = columnCount * COLUMN + 6 + (memoCount > 0 ? MEMO_MARKER_W : 0);
          return (
            <Fragment key={`label-${c.id}`}>
              {memoCount > 0 && (
                <span className="cv-memo-slot" style={{ top: labelTops[i], left: columnCount * COLUMN + 4 }}>
                  <MemoMarker codingId={c.id} count={memoCount} />
                </span>
              )}
            <button
              type="button"
              className={active ? 'cv-margin-label active' : 'cv-margin-label'}
              style={{ top: labelTops[i], left: labelLeft, borderLeftColor: code?.color ?? '#888' }}
              onMouseEnter={() => hover(c)}
              onMouseLeave={() => hover(null)}
              onClick={() => pick(c)}
              data-testid="cv-margin-label"
              aria-pressed={active}
              title={code?.label}
            >
              {c.review && (
                <span
                  className={`cv-review cv-review-${c.review.status}`}
                  data-testid="cv-review"
                  data-status={c.review.status}
                  title={c.review.comment ? `${c.review.reviewer}: ${c.review.comment}` : c.review.reviewer}
                >
                  {c.review.status === 'flagged' ? '⚑' : '✓'}
                </span>
              )}
              {code?.label ?? '?'}
            </button>
            </Fragment>
          );
        })}
      </div>
    </div>
  );
});

const NO_MARKS: { start: number; end: number; kind: MarkKind }[] = [];

function marksOf(marks: { start: number; end: number; kind: MarkKind }[], start: number, end: number) {
  if (marks.length === 0) return NO_MARKS;
  const inside = marks.filter((m) => m.start < end && m.end > start);
  return inside.length ? inside : NO_MARKS;
}

function sameGeometry(a: Map<string, Geometry>, b: Map<string, Geometry>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) {
    const w = a.get(k);
    if (!w || Math.abs(w.top - v.top) > 0.5 || Math.abs(w.bottom - v.bottom) > 0.5) return false;
  }
  return true;
}

const TextPiece = memo(function TextPiece({
  piece,
  codesById,
  activeCodingId,
  text,
}: {
  piece: ReturnType<typeof splitPieces<Coding>>[number];
  codesById: Map<string, Code>;
  activeCodingId: string | null;
  text: string;
}) {
  const classes: string[] = [];
  const style: React.CSSProperties = {};
  if (piece.codings.length) {
    classes.push('cv-coded');
    const inner = codesById.get(piece.codings[0].codeId)?.color ?? '#888';
    const outer = codesById.get(piece.codings[piece.codings.length - 1].codeId)?.color ?? inner;
    style.backgroundColor = `color-mix(in srgb, ${inner} 20%, transparent)`;
    style.boxShadow = piece.codings.length > 1 ? `inset 0 -2px 0 ${inner}, inset 0 -4px 0 ${outer}` : `inset 0 -2px 0 ${inner}`;
    if (activeCodingId && piece.codings.some((c) => c.id === activeCodingId)) classes.push('cv-active');
  }
  for (const m of piece.marks) classes.push(`cv-mark-${m}`);
  return (
    <span data-offset={piece.start} data-end={piece.end} className={classes.join(' ') || undefined} style={style}>
      {text}
    </span>
  );
});

export type { TextSelection };
