/**
 * What the coding view can do, as one hook: every action builds a domain command from the latest
 * snapshot and applies it through the project history (stored at once, undoable). A new coding is
 * shown at once ("pending") while it is being stored, so the margin answers within a frame.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import type { ChangeSet } from '../../../shared/model/changes';
import { applyToSnapshot } from '../../../shared/model/changes';
import type { Code, Coding, Document } from '../../../shared/model/types';
import { applyCode, applyCodeToTurn, createCodeInVivo, markDocumentDone, recodeCoding, removeCoding, resizeCoding } from '../../../shared/coding/commands';
import { addCode } from '../../../shared/codebook/commands';
import type { ProjectData } from '../../state/useProject';
import { useCoding } from '../../state/coding-store';
import { combineChangeSets } from '../../lib/format';
import { moveEdgeByWord } from '../../lib/coding-view';
import { notify, reportError } from '../../lib/report';

interface PendingState {
  codings: Coding[];
  codes: Code[];
  add(coding: Coding, code?: Code): void;
  drop(codingId: string, codeId?: string): void;
}

/** Codings (and in-vivo codes) shown while they are being stored. */
export const usePending = create<PendingState>((set) => ({
  codings: [],
  codes: [],
  add: (coding, code) => set((s) => ({ codings: [...s.codings, coding], codes: code ? [...s.codes, code] : s.codes })),
  drop: (codingId, codeId) => set((s) => ({ codings: s.codings.filter((c) => c.id !== codingId), codes: codeId ? s.codes.filter((c) => c.id !== codeId) : s.codes })),
}));

export interface CodingActions {
  /** Codes the current selection (a whole turn when the selection is exactly one). */
  applyToSelection(codeId: string): void;
  /** Makes a new top-level code with this label and codes the selection with it (one undo step). */
  createAndApply(label: string): void;
  inVivo(): void;
  /** Selects the whole turn (trimmed) so the next code applies to all of it. */
  selectTurn(turnIndex: number): void;
  applyToTurn(turnIndex: number, codeId: string): void;
  removeActive(): void;
  recodeActive(codeId: string): void;
  resizeActive(edge: 'start' | 'end', direction: 1 | -1): void;
  resizeTo(codingId: string, range: { start: number; end: number }): void;
  setDone(done: boolean): void;
  memoForActive(): void;
}

function trimmedTurn(doc: Document, index: number): { start: number; end: number } | null {
  const turn = doc.turns[index];
  if (!turn) return null;
  let { start, end } = turn;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

export function useCodingActions(data: ProjectData, doc: Document): CodingActions {
  return useMemo(() => {
    const failed = (error: unknown) => reportError(error, 'app.coding.failed');

    async function store(set: ChangeSet, pending?: { coding: Coding; code?: Code }) {
      if (pending) usePending.getState().add(pending.coding, pending.code);
      try {
        await data.apply(set);
      } catch (error) {
        failed(error);
      } finally {
        if (pending) usePending.getState().drop(pending.coding.id, pending.code?.id);
      }
    }

    function snapshot() {
      const snap = data.latest();
      if (!snap) throw new Error('project not loaded');
      return snap;
    }

    function turnIndexOf(sel: { start: number; end: number }): number {
      return doc.turns.findIndex((t) => t.start <= sel.start && sel.end <= t.end);
    }

    function currentSelection() {
      const sel = useCoding.getState().selection;
      if (!sel || sel.documentId !== doc.id) {
        notify('app.coding.selectFirst', undefined, 'info');
        return null;
      }
      return sel;
    }

    function finishApply(codeId: string) {
      const ui = useCoding.getState();
      ui.noteCodeUsed(codeId);
      ui.setSelection(null);
    }

    const actions: CodingActions = {
      applyToSelection(codeId) {
        const sel = currentSelection();
        if (!sel) return;
        try {
          const snap = snapshot();
          const turnIndex = turnIndexOf(sel);
          const whole = trimmedTurn(doc, turnIndex);
          const result =
            whole && whole.start === sel.start && whole.end === sel.end
              ? applyCodeToTurn(snap, doc.id, turnIndex, codeId)
              : applyCode(snap, { documentId: doc.id, codeId, start: sel.start, end: sel.end });
          finishApply(codeId);
          void store(result.set, { coding: result.coding });
        } catch (error) {
          failed(error);
        }
      },
      createAndApply(label) {
        const sel = currentSelection();
        if (!sel) return;
        try {
          const snap = snapshot();
          const made = addCode(snap, { label, parentId: null });
          const applied = applyCode(applyToSnapshot(snap, made.set), { documentId: doc.id, codeId: made.code.id, start: sel.start, end: sel.end });
          const set = combineChangeSets('app.coding.command.createAndApply', { label: made.code.label }, [made.set, applied.set]);
          finishApply(made.code.id);
          void store(set, { coding: applied.coding, code: made.code });
        } catch (error) {
          failed(error);
        }
      },
      inVivo() {
        const sel = currentSelection();
        if (!sel) return;
        try {
          const result = createCodeInVivo(snapshot(), { documentId: doc.id, start: sel.start, end: sel.end });
          finishApply(result.code.id);
          void store(result.set, { coding: result.coding, code: result.code });
        } catch (error) {
          failed(error);
        }
      },
      selectTurn(turnIndex) {
        const range = trimmedTurn(doc, turnIndex);
        if (!range) return;
        window.getSelection()?.removeAllRanges();
        useCoding.getState().setSelection({ documentId: doc.id, ...range });
      },
      applyToTurn(turnIndex, codeId) {
        try {
          const result = applyCodeToTurn(snapshot(), doc.id, turnIndex, codeId);
          finishApply(codeId);
          void store(result.set, { coding: result.coding });
        } catch (error) {
          failed(error);
        }
      },
      removeActive() {
        const id = useCoding.getState().activeCodingId;
        if (!id) return;
        try {
          const set = removeCoding(snapshot(), id);
          useCoding.getState().setActiveCoding(null);
          useCoding.getState().setHighlights([]);
          void store(set);
        } catch (error) {
          failed(error);
        }
      },
      recodeActive(codeId) {
        const id = useCoding.getState().activeCodingId;
        if (!id) return;
        try {
          const set = recodeCoding(snapshot(), id, codeId);
          useCoding.getState().noteCodeUsed(codeId);
          if (set.changes.length) void store(set);
        } catch (error) {
          failed(error);
        }
      },
      resizeActive(edge, direction) {
        const id = useCoding.getState().activeCodingId;
        if (!id) return;
        const snap = data.latest();
        const coding = snap?.codings.find((c) => c.id === id);
        if (!snap || !coding) return;
        const turn = doc.turns.find((t) => t.start <= coding.start && coding.start < t.end);
        const limits = turn ? { start: Math.min(turn.start, coding.start), end: Math.max(turn.end, coding.end) } : { start: 0, end: doc.text.length };
        const next = moveEdgeByWord(doc.text, coding, edge, direction, limits);
        if (next.start === coding.start && next.end === coding.end) return;
        actions.resizeTo(id, next);
      },
      resizeTo(codingId, range) {
        try {
          const set = resizeCoding(snapshot(), codingId, range);
          if (set.changes.length) void store(set);
        } catch (error) {
          failed(error);
        }
      },
      setDone(done) {
        try {
          const set = markDocumentDone(snapshot(), doc.id, done);
          if (set.changes.length) void store(set);
        } catch (error) {
          failed(error);
        }
      },
      memoForActive() {
        if (!useCoding.getState().activeCodingId) return;
        useCoding.getState().setPanel('memos');
      },
    };
    return actions;
  }, [data, doc]);
}
