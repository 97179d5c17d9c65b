import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, snapToWordBoundaries, wordAt } from '../../../src/shared/text/words';
import { countWords as projectCountWords } from '../../../src/shared/project/commands';

const sel = (text: string, from: string, to = from) => {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
};
const snapText = (text: string, start: number, end: number) => {
  const r = snapToWordBoundaries(text, start, end);
  return text.slice(r.start, r.end);
};

describe('snapToWordBoundaries', () => {
  const text = "R: Nou, zo'n leerkracht-ouder gesprek om 's middags is reëel… (zegt ze) e\u0301e\u0301n keer om 10.30 uur!";

  it('expands a partial selection to whole words', () => {
    const i = text.indexOf('leerkracht');
    expect(snapText(text, i + 3, i + 14)).toBe('leerkracht-ouder');
    expect(snapText(text, text.indexOf("zo'n") + 1, text.indexOf("zo'n") + 2)).toBe("zo'n");
  });

  it("keeps Dutch clitics with their apostrophe ('s middags)", () => {
    const i = text.indexOf("'s");
    expect(snapText(text, i + 1, i + 8)).toBe("'s middags");
    expect(snapText(text, i - 1, i + 11)).toBe("'s middags");
  });

  it('trims whitespace and punctuation around the selection', () => {
    const { start, end } = sel(text, ', zo', 'gesprek ');
    expect(snapText(text, start, end)).toBe("zo'n leerkracht-ouder gesprek");
    const r = sel(text, '… (zegt ze) ');
    expect(snapText(text, r.start - 2, r.end)).toBe('reëel… (zegt ze');
  });

  it('keeps combining accents and digits with their words', () => {
    const i = text.indexOf('e\u0301e\u0301n');
    expect(snapText(text, i + 2, i + 3)).toBe('e\u0301e\u0301n');
    const j = text.indexOf('10.30');
    expect(snapText(text, j + 1, j + 2)).toBe('10.30');
  });

  it('turns a caret into the word and a punctuation-only selection into a caret', () => {
    const i = text.indexOf('gesprek');
    expect(snapToWordBoundaries(text, i + 2, i + 2)).toEqual({ start: i, end: i + 7 });
    const p = text.indexOf('(');
    expect(snapToWordBoundaries(text, p - 1, p + 1)).toEqual({ start: p - 1, end: p - 1 });
  });

  it('always returns whole words within the text (property)', () => {
    const arb = fc.array(fc.constantFrom('ab', "zo'n", ' ', ', ', 'é', '-', 'x-y', '🎓', "'s", '\n', '.'), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(arb, fc.nat(), fc.nat(), (text, a, b) => {
        const s = a % (text.length + 1);
        const e = b % (text.length + 1);
        const r = snapToWordBoundaries(text, s, e);
        expect(0 <= r.start && r.start <= r.end && r.end <= text.length).toBe(true);
        if (r.start < r.end) {
          expect(wordAt(text, r.start)?.start).toBe(r.start);
          expect(wordAt(text, r.end - 1)?.end).toBe(r.end);
          // Idempotent.
          expect(snapToWordBoundaries(text, r.start, r.end)).toEqual(r);
        }
      }),
    );
  });
});

describe('wordAt', () => {
  it('finds the word under or right before the caret', () => {
    const text = 'Het is reëel.';
    expect(wordAt(text, 8)).toEqual({ start: 7, end: 12 });
    expect(wordAt(text, 12)).toEqual({ start: 7, end: 12 });
    expect(wordAt(text, 3)).toEqual({ start: 0, end: 3 });
    expect(wordAt('a  b', 2)).toBeNull();
  });
});

describe('countWords', () => {
  it('is the project count', () => {
    expect(countWords).toBe(projectCountWords);
    expect(countWords("Zo'n leerkracht-ouder gesprek, 's middags om 10.30.")).toBe(7);
  });
});
