/**
 * UI state of the coding workspace, shared by the transcript view, the code margin and the side
 * panels (codes, memos, search, media). UI state only: codings and memos live in the repository.
 */
import { create } from 'zustand';

export interface TextSelection {
  documentId: string;
  /** UTF-16 offsets into Document.text, end exclusive. */
  start: number;
  end: number;
}

export interface Highlight {
  start: number;
  end: number;
  /** 'hover' = a margin bracket under the mouse; 'search' = a search hit; 'focus' = jumped-to. */
  kind: 'hover' | 'search' | 'focus';
}

export type SidePanel = 'codes' | 'memos' | 'search';

/** Whose codings the coding view shows: everyone's, only the current coder's, or these coders'. */
export type CoderFilter = { kind: 'all' } | { kind: 'me' } | { kind: 'coders'; coders: string[] };

/** Whether a coding by `coder` is shown under the filter (and blind coding) for `me`. */
export function showsCoder(filter: CoderFilter, blind: boolean, coder: string, me: string): boolean {
  if (blind) return coder === me;
  if (filter.kind === 'all') return true;
  if (filter.kind === 'me') return coder === me;
  return filter.coders.includes(coder);
}

/**
 * Recently used codes are remembered on this machine, so the digit shortcuts 1–9 stay where the
 * coder's fingers expect them after a reload. Code ids are unique across projects, so one list
 * serves all of them (each project uses the ids it has); a few dozen keep every project's recents.
 */
const RECENT_KEY = 'werkbank.recentCodes';
const RECENT_LIMIT = 40;

function readRecent(): string[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

function writeRecent(ids: string[]): void {
  try {
    globalThis.localStorage?.setItem(RECENT_KEY, JSON.stringify(ids));
  } catch {
    // No storage (private mode, tests): recents last for this session only.
  }
}

interface CodingState {
  selection: TextSelection | null;
  /** The coding picked in the margin (for widen/narrow, recode, memo, remove). */
  activeCodingId: string | null;
  highlights: Highlight[];
  /** Turn being played by the media player (-1 when none); the view keeps it in sight. */
  playingTurnIndex: number;
  /** Request to scroll the transcript to an offset; the view clears it once done. */
  scrollRequest: { documentId: string; offset: number; seq: number } | null;
  /** Request to the media player to seek (seconds); the player clears it once done. */
  seekRequest: { seconds: number; seq: number } | null;
  panel: SidePanel;
  showInterviewer: 'normal' | 'dimmed' | 'hidden';
  snapToWords: boolean;
  /** Code ids most recently applied, newest first (the code panel lists them first). */
  recentCodeIds: string[];
  coderFilter: CoderFilter;
  /** Blind (second) coding: every coding not made by the current coder is hidden. */
  blind: boolean;

  setSelection(selection: TextSelection | null): void;
  setActiveCoding(id: string | null): void;
  setHighlights(highlights: Highlight[]): void;
  setPlayingTurn(index: number): void;
  scrollTo(documentId: string, offset: number): void;
  clearScrollRequest(): void;
  seek(seconds: number): void;
  clearSeekRequest(): void;
  setPanel(panel: SidePanel): void;
  setShowInterviewer(mode: CodingState['showInterviewer']): void;
  setSnapToWords(on: boolean): void;
  noteCodeUsed(codeId: string): void;
  setCoderFilter(filter: CoderFilter): void;
  setBlind(on: boolean): void;
}

let seq = 0;

export const useCoding = create<CodingState>((set) => ({
  selection: null,
  activeCodingId: null,
  highlights: [],
  playingTurnIndex: -1,
  scrollRequest: null,
  seekRequest: null,
  panel: 'codes',
  showInterviewer: 'dimmed',
  snapToWords: true,
  recentCodeIds: readRecent(),
  coderFilter: { kind: 'all' },
  blind: false,

  setSelection: (selection) => set({ selection }),
  setActiveCoding: (activeCodingId) => set({ activeCodingId }),
  setHighlights: (highlights) => set({ highlights }),
  setPlayingTurn: (playingTurnIndex) => set({ playingTurnIndex }),
  scrollTo: (documentId, offset) => set({ scrollRequest: { documentId, offset, seq: ++seq } }),
  clearScrollRequest: () => set({ scrollRequest: null }),
  seek: (seconds) => set({ seekRequest: { seconds, seq: ++seq } }),
  clearSeekRequest: () => set({ seekRequest: null }),
  setPanel: (panel) => set({ panel }),
  setShowInterviewer: (showInterviewer) => set({ showInterviewer }),
  setSnapToWords: (snapToWords) => set({ snapToWords }),
  setCoderFilter: (coderFilter) => set({ coderFilter }),
  setBlind: (blind) => set({ blind }),
  noteCodeUsed: (codeId) =>
    set((state) => {
      const recentCodeIds = [codeId, ...state.recentCodeIds.filter((id) => id !== codeId)].slice(0, RECENT_LIMIT);
      writeRecent(recentCodeIds);
      return { recentCodeIds };
    }),
}));
