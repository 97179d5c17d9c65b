import { TIMESTAMP_PATTERN as TS, parseClockTime } from './timestamps';

/**
 * Speaker labels as people type them in transcripts. Two strengths:
 * - `known`: role words and codes ("Interviewer", "R1", "Respondent 2") — accepted on sight;
 * - `name`: anything shaped like a name ("Anna de Vries (leerkracht)") — accepted only when the
 *   same label recurs, because a capitalised word plus colon also starts ordinary sentences
 *   ("Conclusie: ...") and one-off header lines ("Datum: 12 maart").
 */
export type LabelStrength = 'known' | 'name';

const MAX_LABEL_LENGTH = 40;
const ROLE_SUFFIX = /\s*\([^()]{1,30}\)$/;
const KNOWN =
  /^(?:interviewer|interviewster|interviewee|geïnterviewde|geinterviewde|respondent|respondente|onderzoeker|moderator|gespreksleider|spreker|speaker|deelnemer|participant|int|resp|iv)(?:\s*\d{1,2}|\s+[a-z])?$/i;
const CODE = /^[IR]\d{0,2}$/;
/** Words that open header or note lines, never speakers. */
const NOT_SPEAKERS =
  /^(?:let op|opmerking|noot|nb|n\.b\.|datum|tijd|tijdstip|locatie|plaats|duur|onderwerp|thema|notitie|bijlage|bron|note|date|time|location|duration|subject|source|ps|p\.s\.)$/i;
const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PARTICLE = String.raw`(?:in 't|in ’t|van|de|der|den|het|ter|ten|te|'t|’t|von|la|le|du|da|di|el|al|bin|ben)`;
const NAME = new RegExp(String.raw`^${WORD}(?:\s(?:${PARTICLE}\s)*${WORD}){0,3}(?:\s\d{1,2}|\s\p{Lu})?$`, 'u');

export function classifyLabel(raw: string): LabelStrength | null {
  const label = raw.trim();
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return null;
  const core = label.replace(ROLE_SUFFIX, '');
  if (KNOWN.test(core) || CODE.test(core)) return 'known';
  if (NOT_SPEAKERS.test(core)) return null;
  return NAME.test(core) ? 'name' : null;
}

export interface LineLabel {
  speaker: string;
  /** Offset in the line where the utterance begins; the line's length for a header line. */
  utteranceOffset: number;
  startTime?: number;
  /** `zoom`: Zoom's transcript layout ("[Naam] 00:01:23" or "00:01:23 Naam: ..."). */
  style: 'plain' | 'zoom';
  needsRecurrence: boolean;
}

const BRACKET_TS = String.raw`[\[(](${TS})[\])]`;
const ZOOM_HEADER = new RegExp(String.raw`^\s*\[([^\]\n]{1,60})\]\s+(${TS})\s*$`);
const ZOOM_INLINE = new RegExp(String.raw`^\s*(${TS})\s+([^:\n]{1,${MAX_LABEL_LENGTH}}?)\s*:(?:\s+|$)`);
/** `[ts] Label [ts]: [ts] utterance` — every timestamp optional, label may carry "(role)". */
const PLAIN = new RegExp(
  String.raw`^\s*(?:${BRACKET_TS}\s*)?([^:\[\]()\n]{1,${MAX_LABEL_LENGTH}}?(?:\s*\([^():\n]{1,30}\))?)\s*(?:${BRACKET_TS}\s*)?:(\s*)(?:${BRACKET_TS}\s*)?`,
);

/** The speaker label at the start of `line`, if it has one. */
export function detectLineLabel(line: string): LineLabel | null {
  const header = ZOOM_HEADER.exec(line);
  if (header && /\p{L}/u.test(header[1])) {
    return {
      speaker: header[1].trim(),
      utteranceOffset: line.length,
      startTime: parseClockTime(header[2]),
      style: 'zoom',
      needsRecurrence: false,
    };
  }
  const inline = ZOOM_INLINE.exec(line);
  if (inline && classifyLabel(inline[2])) {
    return {
      speaker: inline[2].trim(),
      utteranceOffset: inline[0].length,
      startTime: parseClockTime(inline[1]),
      style: 'zoom',
      needsRecurrence: false,
    };
  }
  const plain = PLAIN.exec(line);
  if (!plain) return null;
  const [whole, leadTs, label, midTs, spaceAfterColon, afterTs] = plain;
  const strength = classifyLabel(label);
  if (!strength) return null;
  // "R:ja" is a label, "Stelling:een" is not: without a space only known labels count.
  const restOfLine = line.slice(whole.length);
  if (spaceAfterColon === '' && afterTs === undefined && restOfLine !== '' && strength !== 'known') return null;
  const ts = leadTs ?? midTs ?? afterTs;
  return {
    speaker: label.trim(),
    utteranceOffset: whole.length,
    startTime: ts === undefined ? undefined : parseClockTime(ts),
    style: 'plain',
    needsRecurrence: strength === 'name',
  };
}
