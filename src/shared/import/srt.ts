import { collapseWhitespace, excerpt, transcriptFromCues, type CueSegment } from './cues';
import { decodeText } from './decode';
import { decodeEntities } from './entities';
import { ImportError, type ImportMessage, type ParsedTranscript } from './types';

/**
 * SubRip (.srt) subtitles: numbered blocks with "00:00:01,000 --> 00:00:04,000" timings.
 * Speakers come from a "Naam: " prefix; "- " dialogue lines mark a speaker change within a cue.
 * Same text layout as WebVTT (see `transcriptFromCues`).
 */
export function parseSrt(bytes: Uint8Array): ParsedTranscript {
  const { text, encoding } = decodeText(bytes);
  return parseSrtText(text, encoding);
}

const TIME = String.raw`(\d{1,3}):([0-5]\d):([0-5]\d)[,.](\d{1,3})`;
const TIMING = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}(?:\s+.*)?$`);
const INDEX = /^\s*\d+\s*$/;

export function parseSrtText(text: string, encoding: string): ParsedTranscript {
  const segments: CueSegment[] = [];
  const skipped: { line: number; detail: string }[] = [];
  let cueCount = 0;
  let previousCue: CueSegment[] | null = null;

  for (const block of blocks(text.split('\n'))) {
    const timingIndex = block.lines.findIndex((line) => line.includes('-->'));
    if (timingIndex === -1 && !INDEX.test(block.lines[0]) && previousCue) {
      // Text after a blank line inside a cue: some tools write that; keep it with its cue.
      previousCue[previousCue.length - 1].text += ` ${cleanLine(block.lines.join(' '))}`;
      continue;
    }
    const timing = timingIndex >= 0 && timingIndex <= 1 ? parseTiming(block.lines[timingIndex]) : null;
    if (!timing || timing.end < timing.start) {
      const badLine = timingIndex >= 0 ? timingIndex : Math.min(1, block.lines.length - 1);
      skipped.push({ line: block.line + badLine, detail: excerpt(block.lines[badLine]) });
      previousCue = null;
      continue;
    }
    cueCount++;
    const cue = dialogueSegments(block.lines.slice(timingIndex + 1)).map((segment) => ({
      ...segment,
      startTime: timing.start,
      endTime: timing.end,
    }));
    segments.push(...cue);
    previousCue = cue.length > 0 ? cue : null;
  }

  if (cueCount === 0) {
    const first = skipped[0];
    if (first) throw new ImportError('srtMalformed', { line: first.line, detail: first.detail });
    throw new ImportError('noText');
  }
  const warnings: ImportMessage[] =
    skipped.length > 0 ? [{ key: 'import.warning.skippedCues', params: { count: skipped.length, line: skipped[0].line } }] : [];
  return transcriptFromCues(segments, 'srt', encoding, warnings).transcript;
}

function blocks(lines: string[]): { line: number; lines: string[] }[] {
  const result: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      result.push(current);
    }
    current.lines.push(line);
  });
  return result;
}

function parseTiming(line: string): { start: number; end: number } | null {
  const match = TIMING.exec(line);
  if (!match) return null;
  const seconds = (h: string, m: string, s: string, fraction: string) =>
    Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(fraction) / 10 ** fraction.length;
  return { start: seconds(match[1], match[2], match[3], match[4]), end: seconds(match[5], match[6], match[7], match[8]) };
}

/** Lines starting with "-" each open a new segment; other lines continue the current one. */
function dialogueSegments(lines: string[]): { text: string; dialogue: boolean }[] {
  const segments: { text: string; dialogue: boolean }[] = [];
  for (const raw of lines) {
    const line = cleanLine(raw);
    const dash = /^(?:-\s*|–\s+)(.*)$/.exec(line);
    if (dash) segments.push({ text: dash[1], dialogue: true });
    else if (segments.length === 0) segments.push({ text: line, dialogue: false });
    else segments[segments.length - 1].text += ` ${line}`;
  }
  return segments
    .map((segment) => ({ ...segment, text: collapseWhitespace(segment.text) }))
    .filter((segment) => segment.text !== '');
}

/** Drops <i>, <b>, <u>, <font ...> tags and {\an8}-style override codes, decodes entities. */
function cleanLine(line: string): string {
  return decodeEntities(line.replace(/<\/?[a-zA-Z][^>]*>/g, '').replace(/\{\\[^}]*\}/g, '')).trim();
}
