/**
 * Text positions. Werkbank stores every offset as UTF-16 code units into `Document.text` (what
 * JavaScript string indices count), end exclusive. REFI-QDA counts Unicode code points, so the
 * exchange converts at the boundary with these functions. Selections made in the UI are snapped so
 * they never split a surrogate pair (an emoji such as 🎓) or separate a base letter from its
 * combining marks (`e\u0301`), emoji modifiers or zero-width-joiner sequences (👩🏽‍🏫).
 *
 * Conventions:
 * - A UTF-16 offset that falls inside a surrogate pair is treated as the start of that pair.
 * - A lone (unpaired) surrogate counts as one code point, as in `for (const ch of text)`.
 * - Code point positions past the end are clamped to the end of the text.
 */

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** True when `offset` lies between the two halves of a surrogate pair. */
export function isSurrogateSplit(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Number of Unicode code points in `text`. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/** Code point index of a UTF-16 offset (O(offset); use `OffsetMap` for many conversions). */
export function utf16ToCodePoint(text: string, offset: number): number {
  let end = Math.max(0, Math.min(offset, text.length));
  if (isSurrogateSplit(text, end)) end--;
  let cp = 0;
  for (let i = 0; i < end; i++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < end && isLow(text.charCodeAt(i + 1))) i++;
    cp++;
  }
  return cp;
}

/** UTF-16 offset of a code point index (O(result); use `OffsetMap` for many conversions). */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/**
 * Precomputed conversions for one text: remembers where the (usually few) astral characters are,
 * so each conversion is a binary search over them — O(log a) for a astral characters, O(1) when
 * the text has none. Building it is one O(n) pass.
 */
export class OffsetMap {
  /** UTF-16 offsets of the high surrogate of every valid pair, ascending. */
  private readonly pairs: Int32Array;
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(readonly text: string) {
    const found: number[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        found.push(i);
        i++;
      }
    }
    this.pairs = Int32Array.from(found);
    this.utf16Length = text.length;
    this.codePointLength = text.length - found.length;
  }

  toCodePoint(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.utf16Length));
    const p = this.pairs;
    if (p.length === 0) return o;
    // Pairs that start before o: each one whose low half is also before o saves one position.
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    // lo pairs start before o; if the last of them is split by o, treat o as that pair's start.
    if (lo > 0 && p[lo - 1] === o - 1) return o - 1 - (lo - 1);
    return o - lo;
  }

  toUtf16(cp: number): number {
    const c = Math.max(0, Math.min(cp, this.codePointLength));
    const p = this.pairs;
    if (p.length === 0) return c;
    // Pair i sits at code point p[i] - i (strictly increasing); count pairs before code point c.
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid] - mid < c) lo = mid + 1;
      else hi = mid;
    }
    return c + lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Character boundaries

const MARK = /\p{M}/u;
const ZWJ = 0x200d;

function codePointAtBoundary(text: string, offset: number): number {
  return text.codePointAt(offset) ?? 0;
}

function codePointBefore(text: string, offset: number): { cp: number; at: number } {
  if (offset >= 2 && isLow(text.charCodeAt(offset - 1)) && isHigh(text.charCodeAt(offset - 2))) {
    return { cp: text.codePointAt(offset - 2)!, at: offset - 2 };
  }
  return { cp: text.charCodeAt(offset - 1), at: offset - 1 };
}

const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
/** Characters that attach to the preceding one: combining marks, emoji modifiers, tags, ZWJ. */
function isExtend(cp: number): boolean {
  if (cp === ZWJ) return true;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true; // skin tone modifiers
  if (cp >= 0xe0020 && cp <= 0xe007f) return true; // emoji tag sequences (flags of regions)
  return MARK.test(String.fromCodePoint(cp));
}

/**
 * True when a selection edge may sit at `offset`: not inside a surrogate pair, not between "\r"
 * and "\n", not before a combining mark / emoji modifier / ZWJ, not right after a ZWJ, and not
 * between the two regional indicators of a flag (🇧🇪). A close approximation of Unicode extended
 * grapheme cluster boundaries without Intl.Segmenter (Hangul jamo and Indic conjuncts aside).
 */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  if (isSurrogateSplit(text, offset)) return false;
  const next = codePointAtBoundary(text, offset);
  const prev = codePointBefore(text, offset);
  if (prev.cp === 0x0d && next === 0x0a) return false;
  if (isControl(prev.cp)) return true;
  if (isExtend(next)) return false;
  if (prev.cp === ZWJ) return false;
  if (isRegionalIndicator(prev.cp) && isRegionalIndicator(next)) {
    // Flags pair up from the start of a run of regional indicators.
    let count = 0;
    let at = offset;
    while (at > 0) {
      const before = codePointBefore(text, at);
      if (!isRegionalIndicator(before.cp)) break;
      count++;
      at = before.at;
    }
    return count % 2 === 0;
  }
  return true;
}

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/** Moves `start` back and `end` forward so neither splits a surrogate pair. */
export function snapOutOfSurrogates(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(0, Math.min(end, text.length));
  if (e < s) [s, e] = [e, s];
  if (isSurrogateSplit(text, s)) s--;
  if (isSurrogateSplit(text, e)) e++;
  return { start: s, end: e };
}

/**
 * Widens a selection to whole user-perceived characters: `start` moves back and `end` moves
 * forward to the nearest grapheme boundary (see `isGraphemeBoundary`). Offsets are clamped to the
 * text and put in order first. A collapsed selection stays collapsed (both edges move back).
 */
export function clampToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(Math.trunc(start), text.length));
  let e = Math.max(0, Math.min(Math.trunc(end), text.length));
  if (e < s) [s, e] = [e, s];
  const collapsed = s === e;
  while (!isGraphemeBoundary(text, s)) s--;
  if (collapsed) return { start: s, end: s };
  while (!isGraphemeBoundary(text, e)) e++;
  return { start: s, end: e };
}
