import { decodeText } from './decode';
import { lineStartOffsets, turnsFromLabels, type LabelHit } from './line-turns';
import { detectLineLabel } from './speaker-labels';
import type { ParsedTranscript } from './types';

/**
 * Plain-text transcripts. The document text is the file as decoded (newlines normalised); labels
 * and timestamps stay in the text and each turn covers only the utterance after its label.
 */
export function parseTxt(bytes: Uint8Array): ParsedTranscript {
  const { text, encoding } = decodeText(bytes);
  return parseTxtText(text, encoding);
}

export function parseTxtText(text: string, encoding: string): ParsedTranscript {
  const hits = labelHitsInLines(text);
  const { turns, speakers, warnings, styleCounts } = turnsFromLabels(text, hits);
  const zoom = styleCounts.zoom ?? 0;
  const format = zoom > 0 && zoom * 2 >= (styleCounts.plain ?? 0) + zoom ? 'zoom-txt' : 'txt';
  return { format, encoding, text, turns, speakers, warnings };
}

/** Labels found by the plain-text rules, one per line at most. */
export function labelHitsInLines(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  const starts = lineStartOffsets(text);
  starts.forEach((lineStart, index) => {
    const lineEnd = index + 1 < starts.length ? starts[index + 1] - 1 : text.length;
    const label = detectLineLabel(text.slice(lineStart, lineEnd));
    if (!label) return;
    hits.push({
      lineStart,
      utteranceStart: lineStart + label.utteranceOffset,
      speaker: label.speaker,
      startTime: label.startTime,
      style: label.style,
      needsRecurrence: label.needsRecurrence,
    });
  });
  return hits;
}
