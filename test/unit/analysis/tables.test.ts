import { describe, expect, it } from 'vitest';
import { codeFrequencies } from '../../../src/shared/analysis/frequencies';
import { coOccurrence, coOccurrenceFragments } from '../../../src/shared/analysis/cooccurrence';
import { crosstab } from '../../../src/shared/analysis/crosstab';
import { tableToCsv, tableToTsv } from '../../../src/shared/analysis/table-export';
import { fixture, TREE_ORDER } from './fixture';

const row = (rows: ReturnType<typeof codeFrequencies>, id: string) => rows.find((r) => r.codeId === id)!;

describe('codeFrequencies (hand-counted fixture)', () => {
  it('counts fragments, documents, respondents and by role per code', () => {
    const rows = codeFrequencies(fixture());
    expect(rows.map((r) => r.codeId)).toEqual(TREE_ORDER);
    expect(row(rows, 'A')).toMatchObject({
      fragments: 5, documents: 3, respondents: 2, depth: 1,
      byDocument: { D1: 3, D2: 1, D3: 1 },
      byRole: { directeur: { fragments: 2, respondents: 1 }, leerkracht: { fragments: 3, respondents: 1 } },
    });
    expect(row(rows, 'B')).toMatchObject({ fragments: 2, documents: 2, respondents: 2, byRole: { leerkracht: { fragments: 2, respondents: 2 } } });
    expect(row(rows, 'C')).toMatchObject({ fragments: 1, documents: 1, respondents: 1 });
    // k7 is in the interviewer's turn: a fragment and a document, but no respondent or role.
    expect(row(rows, 'D')).toMatchObject({
      fragments: 4, documents: 3, respondents: 3, byDocument: { D1: 2, D2: 1, D3: 1 },
      byRole: { directeur: { fragments: 1, respondents: 1 }, leerkracht: { fragments: 2, respondents: 2 } },
    });
    expect(row(rows, 'E')).toMatchObject({ fragments: 2, documents: 2, respondents: 1, byRole: { directeur: { fragments: 2, respondents: 1 } } });
    expect(row(rows, 'CAT1')).toMatchObject({ fragments: 0, documents: 0, respondents: 0, byDocument: {}, byRole: {}, depth: 0 });
    expect(row(rows, 'CAT2')).toMatchObject({ fragments: 1, documents: 1, respondents: 1 });
    expect(row(rows, 'F').fragments).toBe(0);
  });

  it('with descendants and respondent text only', () => {
    const rows = codeFrequencies(fixture(), { includeDescendants: true });
    expect(row(rows, 'CAT1')).toMatchObject({ fragments: 8, documents: 3, respondents: 3 });
    expect(row(rows, 'CAT2')).toMatchObject({ fragments: 7, documents: 3, respondents: 3, byDocument: { D1: 2, D2: 2, D3: 3 } });
    const resp = codeFrequencies(fixture(), { respondentOnly: true });
    expect(row(resp, 'D')).toMatchObject({ fragments: 3, documents: 3, byDocument: { D1: 1, D2: 1, D3: 1 } });
    expect(row(resp, 'A').fragments).toBe(5);
  });
});

describe('coOccurrence (hand-counted fixture)', () => {
  const cell = (r: { codeIds: string[]; matrix: number[][] }, a: string, b: string) => r.matrix[r.codeIds.indexOf(a)][r.codeIds.indexOf(b)];

  it('overlap mode: intersecting codings of different codes, each pair once; diagonal = fragments', () => {
    const r = coOccurrence(fixture(), { mode: 'overlap' });
    expect(r.codeIds).toEqual(TREE_ORDER);
    const expected: Record<string, number> = { 'A|B': 1, 'A|C': 2, 'B|D': 1, 'A|D': 1 };
    for (const a of TREE_ORDER) {
      for (const b of TREE_ORDER) {
        const want = a === b ? { CAT1: 0, A: 5, B: 2, C: 1, CAT2: 1, D: 4, E: 2, F: 0 }[a]! : (expected[`${a}|${b}`] ?? expected[`${b}|${a}`] ?? 0);
        expect([a, b, cell(r, a, b)]).toEqual([a, b, want]);
      }
    }
  });

  it('turn mode: pairs of codings of different codes starting in the same turn', () => {
    const r = coOccurrence(fixture(), { mode: 'turn' });
    const expected: Record<string, number> = { 'A|B': 1, 'A|D': 2, 'B|D': 2, 'A|C': 2, 'A|E': 2, 'A|CAT2': 1, 'D|E': 1, 'D|CAT2': 1, 'E|CAT2': 1 };
    for (const a of TREE_ORDER) {
      for (const b of TREE_ORDER) {
        if (a === b) continue;
        expect([a, b, cell(r, a, b)]).toEqual([a, b, expected[`${a}|${b}`] ?? expected[`${b}|${a}`] ?? 0]);
      }
    }
    expect(cell(r, 'D', 'D')).toBe(4);
  });

  it('restricts to given codes and drills down to the coding pairs', () => {
    const r = coOccurrence(fixture(), { mode: 'overlap', codeIds: ['C', 'A', 'ghost'] });
    expect(r).toEqual({ codeIds: ['C', 'A'], matrix: [[1, 2], [2, 5]] });
    const pairs = coOccurrenceFragments(fixture(), 'A', 'C', 'overlap');
    expect(pairs.map((p) => [p.a.coding.id, p.b.coding.id])).toEqual([['k4', 'k6'], ['k5', 'k6']]);
    expect(pairs[0].a.code.id).toBe('A');
    const turn = coOccurrenceFragments(fixture(), 'D', 'A', 'turn');
    expect(turn.map((p) => [p.a.coding.id, p.b.coding.id])).toEqual([['k3', 'k1'], ['k13', 'k12']]);
    expect(coOccurrenceFragments(fixture(), 'A', 'A', 'turn')).toEqual([]);
  });
});

describe('crosstab (hand-counted fixture)', () => {
  it('codes × role, fragments', () => {
    const r = crosstab(fixture(), { columns: 'role', measure: 'fragments' });
    expect(r.rowIds).toEqual(TREE_ORDER);
    expect(r.columns).toEqual(['directeur', 'leerkracht']);
    expect(r.cells).toEqual([[0, 0], [2, 3], [0, 2], [0, 1], [1, 0], [1, 2], [2, 0], [0, 0]]);
    expect(r.rowTotals).toEqual([0, 5, 2, 1, 1, 3, 2, 0]);
    expect(r.columnTotals).toEqual([6, 8]);
    expect(r.total).toBe(14);
  });

  it('codes × role, respondents (totals count distinct respondents)', () => {
    const r = crosstab(fixture(), { columns: 'role', measure: 'respondents' });
    expect(r.cells).toEqual([[0, 0], [1, 1], [0, 2], [0, 1], [1, 0], [1, 2], [1, 0], [0, 0]]);
    expect(r.rowTotals).toEqual([0, 2, 2, 1, 1, 3, 1, 0]);
    expect(r.columnTotals).toEqual([1, 2]);
    expect(r.total).toBe(3);
  });

  it('codes × document and × attribute', () => {
    const d = crosstab(fixture(), { columns: 'document', measure: 'fragments', codeIds: ['A', 'D'] });
    expect(d.columns).toEqual(['D1', 'D2', 'D3']);
    expect(d.columnLabels).toEqual(['Interview 1', 'Interview 2', 'Interview 3']);
    expect(d.cells).toEqual([[3, 1, 1], [2, 1, 1]]);
    const dr = crosstab(fixture(), { columns: 'document', measure: 'respondents', codeIds: ['D'] });
    expect(dr.cells).toEqual([[1, 1, 1]]);
    const a = crosstab(fixture(), { columns: { attribute: 'locatie' }, measure: 'fragments', codeIds: ['A', 'B', 'D'] });
    expect(a.columns).toEqual(['Noord', 'Zuid']);
    expect(a.cells).toEqual([[5, 0], [1, 1], [2, 1]]);
    const cat = crosstab(fixture(), { columns: 'role', measure: 'fragments', codeIds: ['CAT2'], includeDescendants: true });
    expect(cat.cells).toEqual([[4, 2]]);
  });
});

describe('table export', () => {
  it('writes RFC 4180 CSV with BOM and CRLF', () => {
    const csv = tableToCsv(['Code', 'n'], [['Overleg; "wekelijks"', 3], ['Twee\nregels', 1.5]], { separator: ';' });
    expect(csv).toBe('\uFEFFCode;n\r\n"Overleg; ""wekelijks""";3\r\n"Twee\nregels";1.5\r\n');
    expect(tableToCsv(['a,b'], [['x;y']], { separator: ',' })).toBe('\uFEFF"a,b"\r\nx;y\r\n');
  });
  it('writes TSV for the clipboard', () => {
    expect(tableToTsv(['Code', 'n'], [['a\tb', 2], ['c\nd', 0]])).toBe('Code\tn\na b\t2\nc d\t0\n');
  });
});
