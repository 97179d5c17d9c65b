import { classifyLabel } from './speaker-labels';
import { ImportError, type ImportMessage, type ParsedTranscript, type ParsedTurn } from './types';
import type { TranscriptFormat } from '../model/types';

/** Text of one speaker within one subtitle cue, tags and entities already resolved. */
export interface CueSegment {
  text: string;
  startTime: number;
  endTime: number;
  /** Speaker from markup (`<v Naam>`); otherwise a "Naam: " prefix in `text` may name one. */
  voice?: string;
  /** An SRT "- " dialogue line: a speaker change even when no name is given. */
  dialogue?: boolean;
}

export interface CueTranscript {
  transcript: ParsedTranscript;
  /** How many segments got their speaker from a "Naam: " prefix (Zoom's layout). */
  prefixedSegments: number;
  voicedSegments: number;
}

const PREFIX = /^([^:]{1,40}?)\s*:\s+(\S[\s\S]*)$/;

/**
 * Builds the document for subtitle formats (VTT, SRT). Text layout: consecutive segments of the
 * same (named) speaker merge into one turn (first start time, last end time), their texts joined with a
 * space; each turn is one line "Speaker: utterance" (just "utterance" without a speaker), lines
 * joined with "\n". The turn's offsets cover the utterance only, as in TXT and DOCX, so the label
 * reads naturally in the text but is never part of a coding.
 */
export function transcriptFromCues(
  segments: CueSegment[],
  format: TranscriptFormat,
  encoding: string,
  warnings: ImportMessage[],
): CueTranscript {
  const { resolved, prefixedSegments } = resolveSpeakers(segments);
  const merged = mergeTurns(resolved);
  if (merged.length === 0) throw new ImportError('noText');

  let text = '';
  const turns: ParsedTurn[] = merged.map((turn, index) => {
    if (index > 0) text += '\n';
    if (turn.speaker !== '') text += `${turn.speaker}: `;
    const start = text.length;
    text += turn.text;
    return { speaker: turn.speaker, start, end: text.length, startTime: turn.startTime, endTime: turn.endTime };
  });

  const speakers = [...new Set(turns.map((turn) => turn.speaker).filter((speaker) => speaker !== ''))];
  const unnamed = resolved.filter((segment) => segment.speaker === '').length;
  const allWarnings = [...warnings];
  if (speakers.length === 0) allWarnings.push({ key: 'import.warning.noSpeakers' });
  else if (unnamed > 0) allWarnings.push({ key: 'import.warning.cuesWithoutSpeaker', params: { count: unnamed } });

  const voicedSegments = segments.filter((segment) => segment.voice !== undefined && segment.voice !== '').length;
  return {
    transcript: { format, encoding, text, turns, speakers, warnings: allWarnings },
    prefixedSegments,
    voicedSegments,
  };
}

interface ResolvedSegment {
  speaker: string;
  text: string;
  startTime: number;
  endTime: number;
  mergeable: boolean;
}

/** Voice markup wins; otherwise a known label prefix, or a name-like prefix that recurs. */
function resolveSpeakers(segments: CueSegment[]): { resolved: ResolvedSegment[]; prefixedSegments: number } {
  const prefixes = segments.map((segment) => (segment.voice ? null : speakerPrefix(segment.text)));
  const occurrences = new Map<string, number>();
  for (const prefix of prefixes) if (prefix) occurrences.set(prefix.speaker, (occurrences.get(prefix.speaker) ?? 0) + 1);

  let prefixedSegments = 0;
  const resolved = segments.map((segment, index) => {
    const prefix = prefixes[index];
    const accepted = prefix && (!prefix.needsRecurrence || (occurrences.get(prefix.speaker) ?? 0) >= 2);
    if (accepted) prefixedSegments++;
    const speaker = accepted ? prefix.speaker : (segment.voice ?? '');
    return {
      speaker,
      text: accepted ? prefix.rest : segment.text,
      startTime: segment.startTime,
      endTime: segment.endTime,
      // Cues without a speaker stay apart: merging them would glue a whole subtitle file into one
      // line and lose every timestamp but the first.
      mergeable: speaker !== '',
    };
  });
  return { resolved, prefixedSegments };
}

function speakerPrefix(text: string): { speaker: string; rest: string; needsRecurrence: boolean } | null {
  const match = PREFIX.exec(text);
  if (!match) return null;
  const strength = classifyLabel(match[1]);
  if (!strength) return null;
  return { speaker: match[1].trim(), rest: match[2], needsRecurrence: strength === 'name' };
}

function mergeTurns(segments: ResolvedSegment[]): ResolvedSegment[] {
  const turns: ResolvedSegment[] = [];
  for (const segment of segments) {
    const previous = turns[turns.length - 1];
    if (previous && previous.mergeable && segment.mergeable && previous.speaker === segment.speaker) {
      previous.text += ` ${segment.text}`;
      previous.endTime = Math.max(previous.endTime, segment.endTime);
    } else {
      turns.push({ ...segment });
    }
  }
  return turns;
}

/** Subtitle line breaks are layout, not meaning: runs of spaces, tabs and newlines become one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').trim();
}

/** A line of the offending input, short enough for an error message. */
export function excerpt(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}
