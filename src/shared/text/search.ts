/**
 * Diacritic- and case-insensitive search in transcripts ("reeel" finds "reëel", "cooperatie"
 * finds "coöperatie", "E\u0301EN" finds "één"), with hits as offsets into the ORIGINAL text.
 *
 * How: the text is folded one code point at a time — NFD, combining marks removed, lower-cased —
 * while remembering, for every folded code unit, which original span it came from. A combining
 * mark folds to nothing and is attached to the character before it, so a hit never separates a
 * letter from its accent. The folded text of a document is cached (small LRU keyed by the text).
 *
 * Regular-expression mode runs the pattern (with its own marks removed, flags `giu`, falling
 * back to `gi` for patterns that are only valid without `u`) over the folded text. An invalid
 * pattern is reported as `{ ok: false, error: { key: 'search.error.invalidRegex', params } }`;
 * nothing here throws for user input.
 */
import type { Document, ProjectSnapshot } from '../model/types';
import { respondentTurnFlags, TurnLookup } from './turns';

export interface FoldedText {
  /** Lower-case text without combining marks. */
  text: string;
  /** Per folded code unit: start of the original character it came from. */
  srcStart: Int32Array;
  /** Per folded code unit: end of that original character, including its trailing marks. */
  srcEnd: Int32Array;
}

const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    // Lower-casing can itself produce marks (İ → i̇); remove them too.
    f = f.normalize('NFD').replace(MARKS, '');
    if (foldCache.size < 4096) foldCache.set(ch, f);
  }
  return f;
}

/** The folded form of a string (for queries and comparisons). */
export function foldForSearch(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : s[i];
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    out += foldChar(s.slice(i, i + len));
    i += len;
  }
  return out;
}

/** Folds a whole text and keeps the map back to original offsets (O(n)). */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const srcStart: number[] = [];
  const srcEnd: number[] = [];
  let chunk = '';
  let prevFrom = 0; // folded index where the previous original character's output begins
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      chunk += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      prevFrom = srcStart.length;
      srcStart.push(i);
      srcEnd.push(i + 1);
      i++;
    } else {
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      const f = foldChar(text.slice(i, i + len));
      if (f.length === 0) {
        // A combining mark (or another character that folds away): attach it to the previous one.
        for (let k = prevFrom; k < srcEnd.length; k++) srcEnd[k] = i + len;
      } else {
        chunk += f;
        prevFrom = srcStart.length;
        for (let k = 0; k < f.length; k++) {
          srcStart.push(i);
          srcEnd.push(i + len);
        }
      }
      i += len;
    }
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return { text: parts.join(''), srcStart: Int32Array.from(srcStart), srcEnd: Int32Array.from(srcEnd) };
}

const textCache = new Map<string, FoldedText>();
const TEXT_CACHE_SIZE = 16;

/** `foldText` with a small LRU cache, so repeated searches in the same documents are fast. */
export function foldedTextOf(text: string): FoldedText {
  const hit = textCache.get(text);
  if (hit) {
    textCache.delete(text);
    textCache.set(text, hit);
    return hit;
  }
  const folded = foldText(text);
  textCache.set(text, folded);
  if (textCache.size > TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value!);
  return folded;
}

// ---------------------------------------------------------------------------------------------

export interface SearchOptions {
  /** Only hits that are whole words (no letter or digit right before or after). */
  wholeWord?: boolean;
  /** Treat the query as a JavaScript regular expression (case- and diacritic-insensitive). */
  regex?: boolean;
  /** Only hits in respondent turns (see `respondentTurnFlags`): not the interviewer's. */
  respondentOnly?: boolean;
  /** Maximum number of hits (default 10,000); `searchProject` reports `truncated`. */
  limit?: number;
}

export interface SearchHit {
  documentId: string;
  /** UTF-16 offsets into the original `Document.text`, end exclusive. */
  start: number;
  end: number;
  /** Index into `doc.turns` of the turn containing `start`, or -1 outside any turn. */
  turnIndex: number;
  /** That turn's speaker label ('' outside any turn). */
  speaker: string;
}

export interface SearchError {
  key: string;
  params: Record<string, string | number>;
}

export type SearchResult = { ok: true; hits: SearchHit[]; truncated: boolean } | { ok: false; error: SearchError };

/** A query compiled once and run over many documents. */
export type PreparedQuery =
  | { ok: true; kind: 'empty' }
  | { ok: true; kind: 'plain'; folded: string; wholeWord: boolean }
  | { ok: true; kind: 'regex'; source: string; flags: string; wholeWord: boolean }
  | { ok: false; error: SearchError };

export function prepareQuery(query: string, options: SearchOptions = {}): PreparedQuery {
  const wholeWord = options.wholeWord ?? false;
  if (query === '') return { ok: true, kind: 'empty' };
  if (!options.regex) {
    const folded = foldForSearch(query);
    return folded === '' ? { ok: true, kind: 'empty' } : { ok: true, kind: 'plain', folded, wholeWord };
  }
  const source = query.normalize('NFD').replace(MARKS, '');
  let firstError = '';
  for (const flags of ['giu', 'gi']) {
    try {
      new RegExp(source, flags);
      return { ok: true, kind: 'regex', source, flags, wholeWord };
    } catch (e) {
      if (!firstError) firstError = e instanceof Error ? e.message : String(e);
    }
  }
  return { ok: false, error: { key: 'search.error.invalidRegex', params: { pattern: query, detail: firstError } } };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(from)!));
}

function isWordAt(s: string, i: number): boolean {
  return i < s.length && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Matches in folded text as [start, end) pairs of folded offsets. */
function* foldedMatches(folded: string, q: Extract<PreparedQuery, { ok: true }>): Generator<[number, number]> {
  if (q.kind === 'empty') return;
  if (q.kind === 'plain') {
    const len = q.folded.length;
    // Non-overlapping hits, left to right (as "find all" / auto-coding expect).
    for (let at = folded.indexOf(q.folded); at >= 0; ) {
      if (q.wholeWord && (isWordBefore(folded, at) || isWordAt(folded, at + len))) {
        at = folded.indexOf(q.folded, at + 1);
        continue;
      }
      yield [at, at + len];
      at = folded.indexOf(q.folded, at + len);
    }
    return;
  }
  const re = new RegExp(q.source, q.flags);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const len = m[0].length;
    if (len === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (q.wholeWord && (isWordBefore(folded, m.index) || isWordAt(folded, m.index + len))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield [m.index, m.index + len];
  }
}

type SearchableDocument = Pick<Document, 'id' | 'text' | 'turns' | 'speakers'>;

function runDocument(doc: SearchableDocument, q: Extract<PreparedQuery, { ok: true }>, options: SearchOptions, limit: number): SearchHit[] {
  const hits: SearchHit[] = [];
  if (q.kind === 'empty' || limit <= 0) return hits;
  const folded = foldedTextOf(doc.text);
  const turns = new TurnLookup(doc);
  const respondent = options.respondentOnly ? respondentTurnFlags(doc) : null;
  let lastEnd = -1;
  for (const [fs, fe] of foldedMatches(folded.text, q)) {
    const start = folded.srcStart[fs];
    const end = folded.srcEnd[fe - 1];
    if (start < lastEnd) continue; // a second hit inside the same expanded character
    const turnIndex = turns.turnAt(start);
    if (respondent && (turnIndex < 0 || !respondent[turnIndex])) continue;
    hits.push({ documentId: doc.id, start, end, turnIndex, speaker: turnIndex < 0 ? '' : doc.turns[turnIndex].speaker });
    lastEnd = end;
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * All hits of `query` in one document, in text order, not overlapping each other. Never throws: an invalid regular expression
 * gives no hits (use `prepareQuery` or `searchProject` to get the error message).
 */
export function searchDocument(doc: SearchableDocument, query: string | PreparedQuery, options: SearchOptions = {}): SearchHit[] {
  const q = typeof query === 'string' ? prepareQuery(query, options) : query;
  if (!q.ok) return [];
  return runDocument(doc, q, options, options.limit ?? 10_000);
}

/** Hits across the project's documents (in project order, or only `documentIds`). */
export function searchProject(
  snapshot: Pick<ProjectSnapshot, 'documents'>,
  query: string,
  options: SearchOptions & { documentIds?: readonly string[] } = {},
): SearchResult {
  const q = prepareQuery(query, options);
  if (!q.ok) return { ok: false, error: q.error };
  const limit = options.limit ?? 10_000;
  const only = options.documentIds ? new Set(options.documentIds) : null;
  const docs = snapshot.documents.filter((d) => !only || only.has(d.id)).sort((a, b) => a.order - b.order);
  const hits: SearchHit[] = [];
  let truncated = false;
  for (const doc of docs) {
    const found = runDocument(doc, q, options, limit - hits.length + 1);
    for (const h of found) {
      if (hits.length >= limit) {
        truncated = true;
        break;
      }
      hits.push(h);
    }
    if (truncated) break;
  }
  return { ok: true, hits, truncated };
}
