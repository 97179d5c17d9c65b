import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreement, agreementRule, disagreements } from '../../../src/shared/agreement/agreement';
import type { Coding, Document, ProjectSnapshot } from '../../../src/shared/model/types';
import { translate } from '../../../src/shared/i18n';

const T = '2026-11-23T10:00:00.000Z';
function doc(id: string, text: string, order = 0, turns: Document['turns'] = [], speakers: Document['speakers'] = []): Document {
  return { id, projectId: 'p', name: id, sourceFileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', text, checksum: id, byteLength: text.length, importedAt: T, turns, speakers, importWarnings: [], order };
}
let n = 0;
const coding = (documentId: string, codeId: string, start: number, end: number, coder: string): Coding => ({
  id: `c${++n}`, projectId: 'p', documentId, codeId, start, end, coder, phase: 'open', createdAt: T, updatedAt: T,
});
const code = (id: string, order: number) => ({ id, projectId: 'p', parentId: null, label: `Code ${id}`, color: '#000', description: '', order, createdAt: T, updatedAt: T });
function snap(documents: Document[], codings: Coding[]): Pick<ProjectSnapshot, 'documents' | 'codes' | 'codings'> {
  return { documents, codes: [code('X', 0), code('Y', 1)], codings };
}

// Hand-counted: 10 characters, no turns (all respondent text).
//   X: A [0,6)  B [3,8)  → both 3 (3-5), only A 3 (0-2), only B 2 (6-7), neither 2 (8-9)
//   Y: A [0,2)  B [5,7)  → both 0, only A 2, only B 2, neither 6
const small = () =>
  snap([doc('D', 'abcdefghij')], [coding('D', 'X', 0, 6, 'A'), coding('D', 'X', 3, 8, 'B'), coding('D', 'Y', 0, 2, 'A'), coding('D', 'Y', 5, 7, 'B')]);

describe('agreement, character level', () => {
  it('counts the 2×2 table per code and includes uncoded text on request', () => {
    const r = agreement(small(), { coders: ['A', 'B'], includeUncoded: true, level: 'character' });
    const x = r.perCode.find((c) => c.codeId === 'X')!;
    expect(x).toMatchObject({ both: 3, onlyA: 3, onlyB: 2, neither: 2, n: 10, percent: 0.5 });
    expect(x.kappa).toBeCloseTo(0, 12); // po = 0.5, pe = 0.6·0.5 + 0.4·0.5 = 0.5
    expect(r.perCode.find((c) => c.codeId === 'Y')).toMatchObject({ both: 0, onlyA: 2, onlyB: 2, neither: 6, n: 10 });
    expect(r.overall).toMatchObject({ both: 3, onlyA: 5, onlyB: 4, neither: 8, n: 20 });
    expect(r.perCode.map((c) => c.codeId)).toEqual(['X', 'Y']);
  });

  it('excluding uncoded text leaves only characters coded by at least one coder', () => {
    const r = agreement(small(), { coders: ['A', 'B'], includeUncoded: false, level: 'character' });
    const x = r.perCode.find((c) => c.codeId === 'X')!;
    expect(x).toMatchObject({ both: 3, onlyA: 3, onlyB: 2, neither: 0, n: 8 });
    expect(x.percent).toBeCloseTo(3 / 8, 12);
    // po = 0.375, pe = (6·5 + 2·3) / 64 = 0.5625 → κ = −0.1875 / 0.4375
    expect(x.kappa).toBeCloseTo(-0.1875 / 0.4375, 12);
  });

  it('counts only respondent text, and no white space', () => {
    const text = 'Interviewer: vraag\nAnna: ab cd';
    const d = doc('D', text, 0, [{ speaker: 'Interviewer', start: 13, end: 18 }, { speaker: 'Anna', start: 25, end: 30 }], [
      { label: 'Interviewer', role: { kind: 'interviewer' } },
      { label: 'Anna', role: { kind: 'unassigned' } },
    ]);
    const s = snap([d], [coding('D', 'X', 0, 30, 'A'), coding('D', 'X', 25, 27, 'B')]);
    const r = agreement(s, { coders: ['A', 'B'], includeUncoded: true, level: 'character' });
    expect(r.perCode[0]).toMatchObject({ codeId: 'X', both: 2, onlyA: 2, onlyB: 0, neither: 0, n: 4 });
    const dis = disagreements(s, { coders: ['A', 'B'], includeUncoded: true, level: 'character' });
    expect(dis).toEqual([{ documentId: 'D', codeId: 'X', start: 27, end: 30, kind: 'boundary', coder: 'A' }]);
  });

  it('compares by default only the documents both coders coded', () => {
    const s = small();
    s.documents.push(doc('E', 'klmnop', 1));
    s.codings.push(coding('E', 'X', 0, 6, 'A'));
    expect(agreement(s, { coders: ['A', 'B'], includeUncoded: true, level: 'character' }).documentIds).toEqual(['D']);
    const all = agreement(s, { coders: ['A', 'B'], includeUncoded: true, level: 'character', documentIds: ['D', 'E'] });
    expect(all.documentIds).toEqual(['D', 'E']);
    expect(all.perCode[0]).toMatchObject({ onlyA: 9, n: 16 });
  });

  it('lists disagreements by position with onlyA / onlyB / boundary', () => {
    expect(disagreements(small(), { coders: ['A', 'B'], includeUncoded: true, level: 'character' })).toEqual([
      { documentId: 'D', codeId: 'Y', start: 0, end: 2, kind: 'onlyA', coder: 'A' },
      { documentId: 'D', codeId: 'X', start: 0, end: 3, kind: 'boundary', coder: 'A' },
      { documentId: 'D', codeId: 'Y', start: 5, end: 7, kind: 'onlyB', coder: 'B' },
      { documentId: 'D', codeId: 'X', start: 6, end: 8, kind: 'boundary', coder: 'B' },
    ]);
  });
});

describe('agreement, segment level', () => {
  it('matches segments by Jaccard ≥ threshold (X: 3 / 8 = 0.375)', () => {
    const at50 = agreement(small(), { coders: ['A', 'B'], includeUncoded: false, level: 'segment' });
    expect(at50.perCode[0]).toMatchObject({ codeId: 'X', both: 0, onlyA: 1, onlyB: 1, neither: 0, n: 2 });
    const at30 = agreement(small(), { coders: ['A', 'B'], includeUncoded: false, level: 'segment', overlapThreshold: 0.3 });
    expect(at30.perCode[0]).toMatchObject({ codeId: 'X', both: 1, onlyA: 0, onlyB: 0, n: 1, percent: 1 });
    expect(disagreements(small(), { coders: ['A', 'B'], includeUncoded: false, level: 'segment', overlapThreshold: 0.3 }).filter((d) => d.codeId === 'X')).toEqual([
      { documentId: 'D', codeId: 'X', start: 0, end: 3, kind: 'boundary', coder: 'A' },
      { documentId: 'D', codeId: 'X', start: 6, end: 8, kind: 'boundary', coder: 'B' },
    ]);
  });

  it('counts respondent turns neither coder touched as "neither" when including uncoded text', () => {
    const text = 'I: a\nR: bbbb\nI: c\nR: dddd\nR: eeee';
    const turns = [[3, 4, 'I'], [8, 12, 'R'], [16, 17, 'I'], [21, 25, 'R'], [29, 33, 'R']].map(([start, end, speaker]) => ({ start: start as number, end: end as number, speaker: speaker as string }));
    const d = doc('D', text, 0, turns, [{ label: 'I', role: { kind: 'interviewer' } }, { label: 'R', role: { kind: 'unassigned' } }]);
    const s = snap([d], [coding('D', 'X', 8, 12, 'A'), coding('D', 'X', 8, 11, 'B'), coding('D', 'X', 21, 25, 'B')]);
    const r = agreement(s, { coders: ['A', 'B'], includeUncoded: true, level: 'segment' });
    // one match (3/4), one B-only segment, one untouched respondent turn (29-33)
    expect(r.perCode.find((c) => c.codeId === 'X')).toMatchObject({ both: 1, onlyA: 0, onlyB: 1, neither: 1, n: 3 });
  });

  it('states its rule with the threshold in both languages', () => {
    const [rule] = agreementRule({ level: 'segment', includeUncoded: false, overlapThreshold: 0.5 });
    expect(translate('nl', rule.key, rule.params)).toContain('≥ 0,5');
    expect(translate('en', rule.key, rule.params)).toContain('≥ 0.5');
    expect(() => agreement(small(), { coders: ['A', 'B'], includeUncoded: false, level: 'segment', overlapThreshold: 0 })).toThrow(RangeError);
  });
});

describe('agreement properties', () => {
  const seg = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 30 }), fc.constantFrom('X', 'Y')).map(([s, l, c]) => ({ s, e: Math.min(80, s + l), c }));
  const text = 'abcdefghij klmnopqrst uvwxyzabcd efghijklmn opqrstuvwx yzabcdefgh ijklmnopqr stuvwxyzab';
  const build = (a: { s: number; e: number; c: string }[], b: { s: number; e: number; c: string }[]) =>
    snap([doc('D', text)], [...a.map((x) => coding('D', x.c, x.s, x.e, 'A')), ...b.map((x) => coding('D', x.c, x.s, x.e, 'B'))]);

  it('identical coders → κ = α = 1 per code with variance; swapping coders changes nothing', () => {
    fc.assert(
      fc.property(fc.array(seg, { minLength: 1, maxLength: 8 }), fc.array(seg, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom('character', 'segment'), (a, b, inc, level) => {
        const opts = { includeUncoded: inc, level: level as 'character' | 'segment' };
        const same = agreement(build(a, a), { coders: ['A', 'B'], ...opts });
        for (const c of same.perCode) {
          expect(c.onlyA + c.onlyB).toBe(0);
          if (c.neither > 0 && c.both > 0) {
            expect(c.kappa).toBeCloseTo(1, 12);
            expect(c.alpha).toBeCloseTo(1, 12);
          }
        }
        const ab = agreement(build(a, b), { coders: ['A', 'B'], ...opts });
        const ba = agreement(build(a, b), { coders: ['B', 'A'], ...opts });
        expect(ba.perCode.map((c) => [c.codeId, c.both, c.onlyB, c.onlyA, c.neither])).toEqual(ab.perCode.map((c) => [c.codeId, c.both, c.onlyA, c.onlyB, c.neither]));
        ab.perCode.forEach((c, i) => {
          const d = ba.perCode[i];
          for (const k of ['kappa', 'alpha', 'percent'] as const) {
            if (Number.isNaN(c[k])) expect(d[k]).toBeNaN();
            else expect(d[k]).toBeCloseTo(c[k], 12);
          }
          if (!Number.isNaN(c.percent)) expect(c.percent >= 0 && c.percent <= 1).toBe(true);
        });
      }),
    );
  });
});
