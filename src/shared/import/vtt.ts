import { collapseWhitespace, excerpt, transcriptFromCues, type CueSegment } from './cues';
import { decodeText } from './decode';
import { decodeEntities } from './entities';
import { ImportError, type ImportMessage, type ParsedTranscript } from './types';

/**
 * WebVTT (W3C) transcripts, including Zoom's ("Naam: text" in the cue → `zoom-vtt`) and MS
 * Teams' (`<v Naam>` voices, cue ids like "3f2a9c1e-.../12-0" → `teams-vtt`). The document text
 * is generated from the cues: see `transcriptFromCues` for the layout.
 */
export function parseVtt(bytes: Uint8Array): ParsedTranscript {
  const { text, encoding } = decodeText(bytes);
  return parseVttText(text, encoding);
}

const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
const TIME = String.raw`(?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3})`;
const TIMING = new RegExp(String.raw`^\s*${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t]+.*)?$`);
const TEAMS_CUE_ID = /^[0-9a-f]{4,}(?:-[0-9a-f]{2,})*\/\d+-\d+$/i;
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

interface Block {
  /** 1-based line number of the block's first line. */
  line: number;
  lines: string[];
}

export function parseVttText(text: string, encoding: string): ParsedTranscript {
  const lines = text.split('\n');
  if (!SIGNATURE.test(lines[0])) {
    throw new ImportError('vttMalformed', { line: 1, detail: excerpt(lines[0]) || 'WEBVTT' });
  }

  const segments: CueSegment[] = [];
  const skipped: { line: number; detail: string }[] = [];
  let teamsIds = 0;
  let cueCount = 0;
  for (const block of cueBlocks(lines)) {
    if (SKIPPED_BLOCK.test(block.lines[0])) continue;
    const timingIndex = block.lines[0].includes('-->') ? 0 : block.lines[1]?.includes('-->') ? 1 : -1;
    if (timingIndex === -1) {
      skipped.push({ line: block.line, detail: excerpt(block.lines[0]) });
      continue;
    }
    const timingLine = block.lines[timingIndex];
    const timing = parseTiming(timingLine);
    if (!timing || timing.end < timing.start) {
      skipped.push({ line: block.line + timingIndex, detail: excerpt(timingLine) });
      continue;
    }
    cueCount++;
    if (timingIndex === 1 && TEAMS_CUE_ID.test(block.lines[0].trim())) teamsIds++;
    const payload = block.lines.slice(timingIndex + 1).join('\n');
    for (const voice of voiceSpans(payload)) {
      segments.push({ ...voice, startTime: timing.start, endTime: timing.end });
    }
  }

  if (cueCount === 0) {
    const first = skipped[0];
    if (first) throw new ImportError('vttMalformed', { line: first.line, detail: first.detail });
    throw new ImportError('noText');
  }
  const warnings: ImportMessage[] =
    skipped.length > 0 ? [{ key: 'import.warning.skippedCues', params: { count: skipped.length, line: skipped[0].line } }] : [];
  const result = transcriptFromCues(segments, 'vtt', encoding, warnings);
  const { transcript, prefixedSegments, voicedSegments } = result;
  if (teamsIds > 0 && teamsIds * 2 >= cueCount) transcript.format = 'teams-vtt';
  else if (prefixedSegments > 0 && prefixedSegments >= voicedSegments) transcript.format = 'zoom-vtt';
  return transcript;
}

/**
 * Blocks after the header: separated by blank lines; as in the spec's parser, a line containing
 * "-->" inside a cue's payload starts the next cue.
 */
function cueBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let index = 1;
  while (index < lines.length && lines[index].trim() !== '') index++; // header metadata
  let current: Block | null = null;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const startsNextCue = current !== null && line.includes('-->') && current.lines.some((l) => l.includes('-->'));
    if (current === null || startsNextCue) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

function parseTiming(line: string): { start: number; end: number } | null {
  const match = TIMING.exec(line);
  if (!match) return null;
  const seconds = (h: string | undefined, m: string, s: string, ms: string) =>
    Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
  return { start: seconds(match[1], match[2], match[3], match[4]), end: seconds(match[5], match[6], match[7], match[8]) };
}

const TAG = /<([^>]*)>|([^<]+)|</g;

/** Splits cue text at `<v Naam>` / `</v>`, drops all other tags, decodes entities. */
function voiceSpans(payload: string): { text: string; voice?: string }[] {
  const spans: { text: string; voice?: string }[] = [{ text: '' }];
  for (const match of payload.matchAll(TAG)) {
    const [whole, tag, chars] = match;
    if (chars !== undefined || whole === '<') {
      spans[spans.length - 1].text += decodeEntities(chars ?? '<');
      continue;
    }
    const voice = /^v(?:\.[^\s>]*)?[ \t\n]+([^>]*)$/.exec(tag);
    if (voice) spans.push({ text: '', voice: decodeEntities(voice[1]).trim() });
    else if (/^\/v\s*$/.test(tag)) spans.push({ text: '' });
  }
  return spans
    .map((span) => ({ ...span, text: collapseWhitespace(span.text) }))
    .filter((span) => span.text !== '')
    .map((span) => (span.voice ? span : { text: span.text }));
}
