import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampToGraphemes,
  codePointLength,
  codePointToUtf16,
  isGraphemeBoundary,
  isSurrogateSplit,
  OffsetMap,
  snapOutOfSurrogates,
  utf16ToCodePoint,
} from '../../../src/shared/text/offsets';

const TEACHER = '👩🏽‍🏫'; // woman + skin tone + ZWJ + school: 7 UTF-16 units, 4 code points
const CAP = '🎓';
const TEXT = `Juf ${TEACHER} zei: "reëel, coöperatie ${CAP}" en e\u0301e\u0301n café.\nR: Ça va 🇧🇪!`;

/** Offsets that are not inside a surrogate pair. */
function boundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i <= text.length; i++) if (!isSurrogateSplit(text, i)) out.push(i);
  return out;
}

const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });
function graphemeBoundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const s of segmenter.segment(text)) out.add(s.index);
  return out;
}

const textArb = fc.array(
  fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', CAP, TEACHER, '🇧🇪', 'ë', 'ĳ', "'", 'x\u0308\u0301', '😅'),
  { maxLength: 30 },
).map((parts) => parts.join(''));

describe('UTF-16 ↔ code points', () => {
  it('converts around emoji', () => {
    expect(TEACHER.length).toBe(7);
    expect(codePointLength(TEACHER)).toBe(4);
    expect(utf16ToCodePoint(CAP + 'a', 2)).toBe(1);
    expect(codePointToUtf16(CAP + 'a', 1)).toBe(2);
    expect(codePointToUtf16(CAP + 'a', 2)).toBe(3);
    expect(codePointToUtf16(CAP + 'a', 99)).toBe(3); // clamped
  });

  it('treats an offset inside a pair as the start of the pair', () => {
    expect(isSurrogateSplit(CAP, 1)).toBe(true);
    expect(utf16ToCodePoint('a' + CAP, 2)).toBe(1);
    expect(new OffsetMap('a' + CAP).toCodePoint(2)).toBe(1);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\ud83cb';
    expect(codePointLength(text)).toBe(3);
    expect(utf16ToCodePoint(text, 2)).toBe(2);
    expect(new OffsetMap(text).toUtf16(2)).toBe(2);
  });

  it('agrees with Array.from on a fixed text (CRLF-normalised, Dutch diacritics)', () => {
    const text = 'Regel één\r\nRegel twee 🎓'.replace(/\r\n/g, '\n');
    const cps = Array.from(text);
    const map = new OffsetMap(text);
    let u = 0;
    cps.forEach((ch, cp) => {
      expect(utf16ToCodePoint(text, u)).toBe(cp);
      expect(map.toCodePoint(u)).toBe(cp);
      expect(codePointToUtf16(text, cp)).toBe(u);
      expect(map.toUtf16(cp)).toBe(u);
      u += ch.length;
    });
    expect(map.codePointLength).toBe(cps.length);
  });

  it('round-trips utf16 → cp → utf16 for every boundary offset (property)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const map = new OffsetMap(text);
        for (const o of boundaries(text)) {
          const cp = utf16ToCodePoint(text, o);
          expect(map.toCodePoint(o)).toBe(cp);
          expect(codePointToUtf16(text, cp)).toBe(o);
          expect(map.toUtf16(cp)).toBe(o);
          expect(cp).toBe(Array.from(text.slice(0, o)).length);
        }
        for (let cp = 0; cp <= map.codePointLength; cp++) expect(map.toCodePoint(map.toUtf16(cp))).toBe(cp);
      }),
    );
  });

  it('converts correctly on a long text with one astral character near the end', () => {
    const text = ('Dit is een zin met woorden. ').repeat(7000) + CAP + 'x'.repeat(1000);
    const map = new OffsetMap(text);
    const capAt = text.indexOf(CAP);
    expect(map.toCodePoint(capAt)).toBe(capAt);
    expect(map.toCodePoint(capAt + CAP.length)).toBe(capAt + 1);
    expect(map.toCodePoint(text.length)).toBe(text.length - CAP.length + 1);
    expect(map.toUtf16(map.codePointLength)).toBe(text.length);
  });
});

describe('snapping selections', () => {
  it('never splits a surrogate pair', () => {
    expect(snapOutOfSurrogates('a' + CAP + 'b', 2, 2)).toEqual({ start: 1, end: 3 });
    expect(snapOutOfSurrogates('a' + CAP + 'b', 4, 0)).toEqual({ start: 0, end: 4 });
  });

  it('keeps combining accents with their letter', () => {
    const text = 'e\u0301e\u0301n';
    expect(clampToGraphemes(text, 1, 3)).toEqual({ start: 0, end: 4 });
    expect(clampToGraphemes(text, 0, 1)).toEqual({ start: 0, end: 2 });
  });

  it('keeps emoji ZWJ sequences, skin tones and flags whole', () => {
    const text = `x${TEACHER}y`;
    for (let i = 2; i < 8; i++) expect(clampToGraphemes(text, i, i + 1)).toEqual({ start: 1, end: 8 });
    const flags = 'a🇧🇪🇳🇱b';
    expect(clampToGraphemes(flags, 3, 4)).toEqual({ start: 1, end: 5 });
    expect(clampToGraphemes(flags, 5, 6)).toEqual({ start: 5, end: 9 });
  });

  it('does not split CR LF', () => {
    expect(isGraphemeBoundary('a\r\nb', 2)).toBe(false);
    expect(isGraphemeBoundary('a\r\nb', 3)).toBe(true);
  });

  it('matches Intl.Segmenter grapheme boundaries on Dutch/emoji text (property)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const expected = graphemeBoundaries(text);
        for (let i = 0; i <= text.length; i++) expect({ i, b: isGraphemeBoundary(text, i) }).toEqual({ i, b: expected.has(i) });
      }),
    );
  });

  it('returns ranges whose edges are grapheme boundaries and that contain the input (property)', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const s = a % (text.length + 1);
        const e = b % (text.length + 1);
        const r = clampToGraphemes(text, s, e);
        expect(isGraphemeBoundary(text, r.start)).toBe(true);
        expect(isGraphemeBoundary(text, r.end)).toBe(true);
        expect(r.start).toBeLessThanOrEqual(Math.min(s, e));
        if (s !== e) expect(r.end).toBeGreaterThanOrEqual(Math.max(s, e));
      }),
    );
  });

  it('snaps the sample text', () => {
    const at = TEXT.indexOf(TEACHER);
    expect(clampToGraphemes(TEXT, at + 3, at + 4)).toEqual({ start: at, end: at + TEACHER.length });
  });
});
