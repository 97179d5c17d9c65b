/** Pure helpers of the search panel (no React): snippets, hit extension, code options. */
import type { Code, Document, Id } from '../../../../shared/model/types';
import type { SearchHit } from '../../../../shared/text/search';
import { visibleRows } from '../../../lib/codebook-ui';

export type Extension = 'hit' | 'sentence' | 'turn';

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** The hit with up to `radius` characters of context on each side, on one line, cut at spaces. */
export function snippet(text: string, start: number, end: number, radius = 48): Snippet {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  // Do not cut a surrogate pair.
  if (from > 0 && (text.charCodeAt(from) & 0xfc00) === 0xdc00) from--;
  if (to < text.length && (text.charCodeAt(to) & 0xfc00) === 0xdc00) to++;
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, start)).trimStart(),
    match: oneLine(text.slice(start, end)),
    after: oneLine(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

const TERMINATOR = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;

/**
 * Extends a hit to its whole sentence or speaker turn. A sentence ends at . ! ? or … followed by
 * whitespace (closing quotes and brackets stay with it) and never crosses its turn's edges or a
 * line break. Outside any turn the text's edges bound it.
 */
export function extendHit(doc: Pick<Document, 'text' | 'turns'>, hit: Pick<SearchHit, 'start' | 'end' | 'turnIndex'>, mode: Extension): { start: number; end: number } {
  if (mode === 'hit') return { start: hit.start, end: hit.end };
  const turn = hit.turnIndex >= 0 ? doc.turns[hit.turnIndex] : undefined;
  const lo = turn ? turn.start : 0;
  const hi = turn ? Math.max(turn.end, hit.end) : doc.text.length;
  if (mode === 'turn') return { start: Math.min(lo, hit.start), end: hi };
  const text = doc.text;
  let s = hit.start;
  while (s > lo) {
    const prev = text[s - 1];
    if (prev === '\n') break;
    if (/\s/.test(prev)) {
      // Whitespace after a sentence end (possibly behind closing quotes) starts this sentence.
      let k = s - 2;
      while (k >= lo && CLOSERS.test(text[k])) k--;
      if (k >= lo && TERMINATOR.test(text[k])) break;
    }
    s--;
  }
  let e = hit.end;
  // A hit that itself ends in a terminator already ends its sentence.
  if (!(e > hit.start && TERMINATOR.test(text[e - 1]))) {
    while (e < hi) {
      const ch = text[e];
      if (ch === '\n') break;
      e++;
      if (TERMINATOR.test(ch) && (e >= hi || /\s/.test(text[e]) || CLOSERS.test(text[e]))) {
        while (e < hi && CLOSERS.test(text[e])) e++;
        break;
      }
    }
  }
  while (e > s && /\s/.test(text[e - 1])) e--;
  while (s < e && /\s/.test(text[s])) s++;
  return { start: s, end: e };
}

export interface CodeOption {
  id: Id;
  label: string;
  depth: number;
}

/** All codes in the codebook's tree order (pre-order, siblings by their order), with depth. */
export function codeOptions(codes: readonly Code[]): CodeOption[] {
  const all = new Set(codes.map((c) => c.id));
  return visibleRows(codes, all).map((row) => ({ id: row.code.id, label: row.code.label, depth: row.depth }));
}
