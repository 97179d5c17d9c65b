/**
 * Words in Dutch transcripts, for snapping a selection to whole words and for word counts.
 *
 * A word is a run of letters/digits (with their combining marks) that may contain inner
 * apostrophes, hyphens and periods: `zo'n`, `Anna's`, `leerkracht-ouder`, `10.30`, `reëel`,
 * `e\u0301e\u0301n`. The Dutch clitics `'s`, `'t`, `'k` and `'n` keep their leading apostrophe
 * (`'s middags`, `op 't plein`). Words never contain whitespace.
 */
export { countWords } from '../project/commands';

export interface TextRange {
  start: number;
  end: number;
}

/** Word pattern used for snapping (not for counting: see `countWords`, the project's count). */
const WORD = /['’][sStTkKnN](?![\p{L}\p{N}\p{M}])|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-‐.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

const isSpace = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code > 0x7f && /\s/.test(String.fromCharCode(code)));

function tokenStart(text: string, offset: number): number {
  let p = offset;
  while (p > 0 && !isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}

function tokenEnd(text: string, offset: number): number {
  let p = offset;
  while (p < text.length && !isSpace(text.charCodeAt(p))) p++;
  return p;
}

/**
 * The words that lie (partly) within `[from, to)`, scanning only the whitespace-delimited tokens
 * around that span. Because no word contains whitespace, the result equals a scan of the whole
 * text restricted to the span.
 */
export function wordsIn(text: string, from: number, to: number): TextRange[] {
  const scanFrom = tokenStart(text, Math.max(0, Math.min(from, text.length)));
  const scanTo = tokenEnd(text, Math.max(0, Math.min(to, text.length)));
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = scanFrom;
  const out: TextRange[] = [];
  for (let m = re.exec(text); m && m.index < scanTo; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > from && m.index < to) out.push({ start: m.index, end });
    else if (from === to && m.index <= from && end >= from) out.push({ start: m.index, end });
  }
  return out;
}

/**
 * The word at `offset`: the word containing the character at `offset`, or else the word that
 * ends exactly at `offset` (a caret right behind a word); null between words.
 */
export function wordAt(text: string, offset: number): TextRange | null {
  const words = wordsIn(text, offset, offset);
  return words.find((w) => w.start <= offset && offset < w.end) ?? words.find((w) => w.end === offset) ?? null;
}

/**
 * Expands a selection to whole words and trims whitespace and punctuation around it: the result
 * runs from the start of the first word to the end of the last word the selection touches. A
 * collapsed selection (a caret) becomes the word at the caret. A selection without any word (only
 * spaces or punctuation) comes back collapsed at its start.
 */
export function snapToWordBoundaries(text: string, start: number, end: number): TextRange {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(0, Math.min(end, text.length));
  if (e < s) [s, e] = [e, s];
  if (s === e) {
    const w = wordAt(text, s);
    return w ?? { start: s, end: s };
  }
  const words = wordsIn(text, s, e);
  if (words.length === 0) return { start: s, end: s };
  return { start: words[0].start, end: words[words.length - 1].end };
}
