import { ImportError, type ImportMessage, type ParsedTurn } from './types';

/** A speaker label found at the start of a line of the document text. */
export interface LabelHit {
  /** Offset of the line holding the label: the previous turn ends before it. */
  lineStart: number;
  /** Offset where this speaker's utterance begins (after the label and any timestamp). */
  utteranceStart: number;
  speaker: string;
  startTime?: number;
  /** Which layout produced the label ("plain", "zoom", "bold", "teams"): decides the format. */
  style: string;
  /** Name-like labels count only when the same label occurs at least twice. */
  needsRecurrence: boolean;
}

export interface LineTurns {
  turns: ParsedTurn[];
  speakers: string[];
  warnings: ImportMessage[];
  /** Accepted labels per style. */
  styleCounts: Record<string, number>;
}

/** Offsets at which each line of `text` begins. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Turns for a text whose speakers are marked by labels at line starts. A turn spans the utterance
 * after its label up to the next accepted label, trimmed of surrounding whitespace; unlabelled
 * lines continue the previous turn. Text before the first label becomes a turn with speaker ''.
 * Without any accepted label the whole text is one turn with speaker '' and a warning.
 */
export function turnsFromLabels(text: string, hits: LabelHit[]): LineTurns {
  const occurrences = new Map<string, number>();
  for (const hit of hits) occurrences.set(hit.speaker, (occurrences.get(hit.speaker) ?? 0) + 1);
  const accepted = hits.filter((hit) => !hit.needsRecurrence || (occurrences.get(hit.speaker) ?? 0) >= 2);

  if (trimmedSpan(text, 0, text.length) === null) throw new ImportError('noText');
  const turns: ParsedTurn[] = [];
  const styleCounts: Record<string, number> = {};
  const firstLabelAt = accepted.length > 0 ? accepted[0].lineStart : text.length;
  const preamble = trimmedSpan(text, 0, firstLabelAt);
  if (preamble) turns.push({ speaker: '', ...preamble });

  accepted.forEach((hit, index) => {
    styleCounts[hit.style] = (styleCounts[hit.style] ?? 0) + 1;
    const end = index + 1 < accepted.length ? accepted[index + 1].lineStart : text.length;
    const span = trimmedSpan(text, hit.utteranceStart, end);
    if (!span) return;
    const turn: ParsedTurn = { speaker: hit.speaker, ...span };
    if (hit.startTime !== undefined) turn.startTime = hit.startTime;
    turns.push(turn);
  });

  const speakers = [...new Set(turns.map((turn) => turn.speaker).filter((speaker) => speaker !== ''))];
  const warnings: ImportMessage[] = speakers.length === 0 ? [{ key: 'import.warning.noSpeakers' }] : [];
  return { turns, speakers, warnings, styleCounts };
}

/** [start, end) shrunk to exclude leading and trailing whitespace; null when nothing is left. */
export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return from < to ? { start: from, end: to } : null;
}
