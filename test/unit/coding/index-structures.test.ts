import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodingIndex, layoutMargin } from '../../../src/shared/coding/index-structures';
import type { Coding } from '../../../src/shared/model/types';
import { sampleSnapshot, C1, C2, D1, K1 } from '../project/sample';

function coding(id: string, documentId: string, codeId: string, start: number, end: number): Coding {
  return { id, projectId: 'p', documentId, codeId, start, end, coder: 'x', phase: 'open', createdAt: '', updatedAt: '' };
}

const codingsArb = fc
  .array(fc.record({ doc: fc.constantFrom('a', 'b'), code: fc.constantFrom('x', 'y', 'z'), start: fc.nat(200), len: fc.integer({ min: 1, max: 80 }) }), { maxLength: 80 })
  .map((rs) => rs.map((r, i) => coding(`k${i}`, r.doc, r.code, r.start, r.start + r.len)));

const ids = (cs: readonly Coding[]) => cs.map((c) => c.id).sort();

describe('CodingIndex', () => {
  it('answers queries on the sample snapshot', () => {
    const index = CodingIndex.fromSnapshot(sampleSnapshot());
    expect(ids(index.codingsAt(D1, 80))).toEqual([K1]);
    expect(index.codingsAt(D1, 110)).toEqual([]);
    expect(ids(index.codingsInRange(D1, 0, 81))).toEqual([K1]);
    expect(index.codingsInRange(D1, 0, 80)).toEqual([]);
    expect(ids(index.byCode(C2))).toEqual([K1]);
    expect(index.byCode(C1)).toHaveLength(1);
    expect(index.byCode('none')).toEqual([]);
    expect(index.get(K1)?.codeId).toBe(C2);
  });

  it('matches a brute-force oracle (property)', () => {
    fc.assert(
      fc.property(codingsArb, fc.nat(300), fc.nat(300), (codings, a, b) => {
        const index = new CodingIndex(codings);
        const [start, end] = a <= b ? [a, b] : [b, a];
        for (const doc of ['a', 'b', 'c']) {
          const inRange = index.codingsInRange(doc, start, end);
          // An empty range overlaps nothing (a caret position is what codingsAt answers).
          const overlaps = (c: Coding) => start < end && c.documentId === doc && c.start < end && c.end > start;
          expect(ids(inRange)).toEqual(ids(codings.filter(overlaps)));
          // Sorted by start.
          for (let i = 1; i < inRange.length; i++) expect(inRange[i - 1].start).toBeLessThanOrEqual(inRange[i].start);
          expect(ids(index.codingsAt(doc, a))).toEqual(ids(codings.filter((c) => c.documentId === doc && c.start <= a && a < c.end)));
        }
        for (const code of ['x', 'y', 'z']) expect(ids(index.byCode(code))).toEqual(ids(codings.filter((c) => c.codeId === code)));
      }),
    );
  });

  // Speed is measured by `npm run bench -- analysis`; here the answers on a large index are checked.
  it('answers correctly on 50,000 codings with one document-wide coding', () => {
    const codings: Coding[] = [];
    let seed = 1;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 50_000; i++) {
      const start = Math.floor(rnd() * 200_000);
      codings.push(coding(`k${i}`, `d${i % 20}`, `c${i % 300}`, start, start + 1 + Math.floor(rnd() * 2000)));
    }
    codings.push(coding('whole', 'd0', 'c0', 0, 200_000)); // a long coding must not make queries linear
    const index = new CodingIndex(codings);
    for (let q = 0; q < 200; q++) {
      const doc = `d${q % 20}`;
      const at = (q * 7919) % 200_000;
      const expected = codings.filter((c) => c.documentId === doc && c.start <= at && at < c.end).map((c) => c.id).sort();
      expect(index.codingsAt(doc, at).map((c) => c.id).sort()).toEqual(expected);
    }
    expect(index.codingsAt('d0', 199_999).map((c) => c.id)).toContain('whole');
  });
});

describe('layoutMargin', () => {
  it('puts nested and overlapping brackets in different columns, stably', () => {
    const cols = layoutMargin([
      { id: 'outer', start: 0, end: 100 },
      { id: 'inner', start: 10, end: 20 },
      { id: 'later', start: 30, end: 40 },
      { id: 'after', start: 100, end: 120 },
    ]);
    expect(Object.fromEntries(cols)).toEqual({ outer: 0, inner: 1, later: 1, after: 0 });
  });

  it('never gives overlapping brackets the same column and uses no more columns than the deepest overlap (property)', () => {
    fc.assert(
      fc.property(codingsArb, (codings) => {
        const cols = layoutMargin(codings);
        expect(cols.size).toBe(codings.length);
        for (let i = 0; i < codings.length; i++) {
          for (let j = i + 1; j < codings.length; j++) {
            const a = codings[i];
            const b = codings[j];
            if (a.start < b.end && b.start < a.end) expect(cols.get(a.id)).not.toBe(cols.get(b.id));
          }
        }
        let depth = 0;
        for (const c of codings) depth = Math.max(depth, codings.filter((d) => d.start <= c.start && c.start < d.end).length);
        const used = codings.length === 0 ? 0 : Math.max(...cols.values()) + 1;
        expect(used).toBe(depth);
        expect(layoutMargin(codings)).toEqual(cols); // deterministic
      }),
    );
  });
});
