import { unzipSync } from 'fflate';
import { paragraphsFromHtml, type HtmlParagraph } from './html-paragraphs';
import { turnsFromLabels, type LabelHit } from './line-turns';
import { classifyLabel, detectLineLabel } from './speaker-labels';
import { parseClockTime } from './timestamps';
import { isEncryptedOoxml, isOle, isZip } from './sniff';
import { ImportError, type ParsedTranscript } from './types';

/**
 * Word transcripts. Text layout: one line per non-empty Word paragraph, joined with "\n" (empty
 * paragraphs are dropped — they are spacing, not content); a soft line break inside a paragraph
 * is also "\n". Labels stay in the text; a turn covers the utterance after its label, up to the
 * next label. Labels: a bold run at paragraph start ("**Interviewer:** ..."), the plain-text
 * rules ("R1: ..."), and MS Teams headings ("Jan de Vries   0:03") followed by utterance
 * paragraphs, which make the format `teams-docx`.
 */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedTranscript> {
  assertReadableDocx(bytes);
  const html = await convertToHtml(bytes);
  const paragraphs = paragraphsFromHtml(html);
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n');

  const hits: LabelHit[] = [];
  let lineStart = 0;
  for (const paragraph of paragraphs) {
    const hit = paragraphLabel(paragraph, lineStart);
    if (hit) hits.push(hit);
    lineStart += paragraph.text.length + 1;
  }
  const { turns, speakers, warnings, styleCounts } = turnsFromLabels(text, withoutStrayTeamsHeadings(hits, paragraphs.length));
  const teams = styleCounts.teams ?? 0;
  const total = Object.values(styleCounts).reduce((sum, count) => sum + count, 0);
  const format = teams > 0 && teams * 2 >= total ? 'teams-docx' : 'docx';
  return { format, encoding: 'utf-8', text, turns, speakers, warnings };
}

/**
 * "Naam   0:03" is specific only in bulk: in a Teams export every other paragraph is a heading,
 * while a normal document may hold a stray "Pauze 10:30". Keep them when they are frequent.
 */
function withoutStrayTeamsHeadings(hits: LabelHit[], paragraphCount: number): LabelHit[] {
  const teams = hits.filter((hit) => hit.style === 'teams').length;
  return teams >= 2 && teams * 4 >= paragraphCount ? hits : hits.filter((hit) => hit.style !== 'teams');
}

function assertReadableDocx(bytes: Uint8Array): void {
  if (isOle(bytes)) throw new ImportError(isEncryptedOoxml(bytes) ? 'docxEncrypted' : 'docxLegacyDoc');
  if (!isZip(bytes)) throw new ImportError('docxCorrupt', { detail: 'no ZIP signature' });
  const names: string[] = [];
  try {
    // The filter sees every central-directory entry; returning false skips decompression.
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch (error) {
    throw new ImportError('docxCorrupt', { detail: messageOf(error) });
  }
  if (!names.includes('word/document.xml')) throw new ImportError('docxCorrupt', { detail: 'word/document.xml missing' });
}

async function convertToHtml(bytes: Uint8Array): Promise<string> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both are given so one
  // call works in Electron main, the CLI and the renderer (JSZip accepts a Uint8Array as buffer).
  const arrayBuffer = bytes.slice().buffer;
  try {
    // The cast: mammoth's typings say Node `Buffer`, which the shared layer cannot name.
    // Loaded on first use: mammoth is large and most imports are not DOCX.
    const mammoth = (await import('mammoth')).default;
    const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input);
    return result.value;
  } catch (error) {
    throw new ImportError('docxCorrupt', { detail: messageOf(error) });
  }
}

const TEAMS_HEADING = /^\s*(\S.{0,59}?)\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
const BRACKETED_TIME = /\s*[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]\s*/g;

function paragraphLabel(paragraph: HtmlParagraph, lineStart: number): LabelHit | null {
  const firstLine = paragraph.text.split('\n', 1)[0];
  const plain = detectLineLabel(firstLine);
  const bold = boldLabel(paragraph);
  if (bold) {
    return {
      lineStart,
      utteranceStart: lineStart + bold.utteranceOffset,
      speaker: bold.speaker,
      startTime: plain?.speaker === bold.speaker ? plain.startTime : undefined,
      style: 'bold',
      needsRecurrence: classifyLabel(bold.speaker) !== 'known',
    };
  }
  if (plain) {
    return {
      lineStart,
      utteranceStart: lineStart + plain.utteranceOffset,
      speaker: plain.speaker,
      startTime: plain.startTime,
      style: plain.style,
      needsRecurrence: plain.needsRecurrence,
    };
  }
  const teams = TEAMS_HEADING.exec(firstLine);
  if (teams && /\p{L}/u.test(teams[1]) && !/[:.?!,]$/.test(teams[1])) {
    return {
      lineStart,
      utteranceStart: lineStart + firstLine.length,
      speaker: teams[1].trim(),
      startTime: parseClockTime(teams[2]),
      style: 'teams',
      needsRecurrence: false,
    };
  }
  return null;
}

/** "<strong>Interviewer:</strong> ..." or "<strong>Interviewer</strong>: ..." → label and utterance offset. */
function boldLabel(paragraph: HtmlParagraph): { speaker: string; utteranceOffset: number } | null {
  if (paragraph.leadingBoldLength === undefined) return null;
  const text = paragraph.text;
  const boldStart = text.length - text.trimStart().length;
  const boldEnd = boldStart + paragraph.leadingBoldLength;
  const boldText = text.slice(boldStart, boldEnd);
  let labelText: string;
  let afterColon: number;
  if (/:\s*$/.test(boldText)) {
    labelText = boldText.slice(0, boldText.lastIndexOf(':'));
    afterColon = boldEnd;
  } else {
    const colon = /^\s*:/.exec(text.slice(boldEnd));
    if (!colon) return null;
    labelText = boldText;
    afterColon = boldEnd + colon[0].length;
  }
  const speaker = labelText.replace(BRACKETED_TIME, ' ').trim();
  if (speaker.length === 0 || speaker.length > 40 || speaker.includes(':') || !/\p{L}/u.test(speaker)) return null;
  return { speaker, utteranceOffset: afterColon };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
