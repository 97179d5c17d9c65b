import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohensKappa, krippendorffAlphaNominal, krippendorffAlphaNominalTable, percentAgreement } from '../../../src/shared/agreement/stats';
import { mostActiveCoders } from '../../../src/shared/agreement/table';
import type { Coding } from '../../../src/shared/model/types';

describe('Cohen’s kappa — published worked examples', () => {
  it('Wikipedia "Cohen\'s kappa", simple example: 20, 5, 10, 15 → po = 0.70, pe = 0.50, κ = 0.40', () => {
    const r = cohensKappa([
      [20, 5],
      [10, 15],
    ]);
    expect(r.n).toBe(50);
    expect(r.po).toBeCloseTo(0.7, 10);
    expect(r.pe).toBeCloseTo(0.5, 10);
    expect(r.kappa.toFixed(2)).toBe('0.40');
    expect(percentAgreement([[20, 5], [10, 15]])).toBeCloseTo(0.7, 10);
  });

  it('Wikipedia, same percentages but different numbers: 45, 15, 25, 15 → κ = 0.1304', () => {
    const r = cohensKappa([
      [45, 15],
      [25, 15],
    ]);
    expect(r.po).toBeCloseTo(0.6, 10);
    expect(r.pe).toBeCloseTo(0.54, 10);
    expect(r.kappa.toFixed(4)).toBe('0.1304');
  });

  it('is undefined (NaN) for an empty table or when both coders used one category throughout', () => {
    expect(cohensKappa([[0, 0], [0, 0]]).kappa).toBeNaN();
    expect(cohensKappa([[7, 0], [0, 0]]).kappa).toBeNaN();
    expect(percentAgreement([[0, 0], [0, 0]])).toBeNaN();
    expect(() => cohensKappa([[1, 2]])).toThrow();
  });
});

describe('Krippendorff’s alpha (nominal) — Krippendorff (2011), "Computing Krippendorff’s Alpha-Reliability"', () => {
  it('two observers, binary data: α = 0.095', () => {
    const A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const r = krippendorffAlphaNominal(A.map((a, i) => [String(a), String(B[i])]));
    expect(r.n).toBe(20);
    expect(r.alpha.toFixed(3)).toBe('0.095');
  });

  it('four observers, 12 units, missing values: α nominal = 0.743 (n.. = 40)', () => {
    const _ = null;
    const observers = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ];
    const units = observers[0].map((_v, u) => observers.map((o) => o[u]));
    const r = krippendorffAlphaNominal(units);
    expect(r.n).toBe(40); // unit 12 has one value only: not pairable
    expect(r.alpha.toFixed(3)).toBe('0.743');
  });

  it('is undefined (NaN) without variation', () => {
    expect(krippendorffAlphaNominal([['a', 'a'], ['a', 'a']]).alpha).toBeNaN();
    expect(krippendorffAlphaNominal([]).alpha).toBeNaN();
  });
});

const square = (k: number) => fc.array(fc.array(fc.nat(50), { minLength: k, maxLength: k }), { minLength: k, maxLength: k });
const table = fc.integer({ min: 2, max: 4 }).chain(square);
const transpose = (t: number[][]) => t.map((row, i) => row.map((_, j) => t[j][i]));
const same = (a: number, b: number) => (Number.isNaN(a) ? Number.isNaN(b) : Math.abs(a - b) < 1e-9);

describe('properties', () => {
  it('identical coders (diagonal table with variance) → κ = 1 and α = 1', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 2, maxLength: 5 }), (diag) => {
        fc.pre(diag.filter((d) => d > 0).length >= 2);
        const t = diag.map((d, i) => diag.map((_, j) => (i === j ? d : 0)));
        expect(cohensKappa(t).kappa).toBeCloseTo(1, 12);
        expect(krippendorffAlphaNominalTable(t).alpha).toBeCloseTo(1, 12);
        expect(percentAgreement(t)).toBe(1);
      }),
    );
  });

  it('swapping the coders gives the same values; percent lies in [0, 1]', () => {
    fc.assert(
      fc.property(table, (t) => {
        const tt = transpose(t);
        expect(same(cohensKappa(t).kappa, cohensKappa(tt).kappa)).toBe(true);
        expect(same(krippendorffAlphaNominalTable(t).alpha, krippendorffAlphaNominalTable(tt).alpha)).toBe(true);
        const p = percentAgreement(t);
        if (!Number.isNaN(p)) expect(p >= 0 && p <= 1).toBe(true);
        const k = cohensKappa(t).kappa;
        if (!Number.isNaN(k)) expect(k).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('alpha from a confusion table equals alpha from the units it stands for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }).chain((k) => fc.array(fc.array(fc.nat(6), { minLength: k, maxLength: k }), { minLength: k, maxLength: k })), (t) => {
        const units: string[][] = [];
        t.forEach((row, i) => row.forEach((count, j) => { for (let c = 0; c < count; c++) units.push([`c${i}`, `c${j}`]); }));
        expect(same(krippendorffAlphaNominal(units).alpha, krippendorffAlphaNominalTable(t).alpha)).toBe(true);
      }),
    );
  });
});

describe('mostActiveCoders', () => {
  const c = (coder: string, createdAt: string) => ({ coder, createdAt }) as Coding;
  it('orders by number of codings, then by who coded first', () => {
    expect(mostActiveCoders({ codings: [c('Bram', '2026-02-01'), c('Sanne', '2026-01-01'), c('Sanne', '2026-01-02'), c('Ayla', '2026-03-01'), c('Bram', '2026-02-02')] })).toEqual(['Sanne', 'Bram']);
    expect(mostActiveCoders({ codings: [c('Bram', '2026-02-01'), c('Sanne', '2026-01-01'), c('Ayla', '2026-01-01'), c('Ayla', '2026-05-01')] })).toEqual(['Ayla', 'Sanne']);
    expect(mostActiveCoders({ codings: [c('', '2026-01-01')] })).toEqual([]);
  });
});
