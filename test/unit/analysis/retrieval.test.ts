import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { retrieve } from '../../../src/shared/analysis/retrieval';
import { coOccurrence } from '../../../src/shared/analysis/cooccurrence';
import type { Coding, ProjectSnapshot } from '../../../src/shared/model/types';
import { fixture, P } from './fixture';

const ids = (q: Parameters<typeof retrieve>[1]) => retrieve(fixture(), q).map((f) => f.coding.id);

describe('retrieve', () => {
  it('returns all fragments sorted by document order then start', () => {
    expect(ids({})).toEqual(['k7', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k8', 'k9', 'k10', 'k11', 'k12', 'k13', 'k14', 'k15']);
  });

  it('filters by code (with descendants by default), theme, document, role, attribute, coder, valence', () => {
    expect(ids({ codeIds: ['CAT1'] })).toEqual(['k1', 'k2', 'k4', 'k5', 'k6', 'k8', 'k10', 'k12']);
    expect(ids({ codeIds: ['CAT1'], includeDescendants: false })).toEqual([]);
    expect(ids({ codeIds: ['A'], documentIds: ['D3'] })).toEqual(['k12']);
    expect(ids({ roles: ['directeur'] })).toEqual(['k10', 'k11', 'k12', 'k13', 'k14', 'k15']);
    expect(ids({ attribute: { key: 'locatie', value: 'Zuid' } })).toEqual(['k8', 'k9']);
    expect(ids({ coders: ['Piet'] })).toEqual(['k10', 'k11']);
    expect(ids({ valences: ['bevorderend'] })).toEqual(['k1', 'k12']);
    expect(ids({ valences: ['none'] })).toHaveLength(12);
    expect(ids({ respondentOnly: true })).not.toContain('k7');
    expect(ids({ respondentOnly: true })).toHaveLength(14);
    const s = fixture();
    s.themes = [{ id: 'T1', projectId: P, label: 'X', definition: '', layer: '', order: 0, color: '', categoryIds: ['CAT2'], keyQuoteIds: [], summary: '', createdAt: '', updatedAt: '' }];
    expect(retrieve(s, { themeId: 'T1' }).map((f) => f.coding.id)).toEqual(['k7', 'k3', 'k9', 'k11', 'k13', 'k14', 'k15']);
    expect(retrieve(s, { themeId: 'T1', codeIds: ['E'] }).map((f) => f.coding.id)).toEqual(['k11', 'k14']);
  });

  it('gives speaker, respondent, role, turn, time and context within the turn', () => {
    const [f] = retrieve(fixture(), { codeIds: ['D'], documentIds: ['D1'], respondentOnly: true });
    expect(f).toMatchObject({ speaker: 'Anna', turnIndex: 1, role: 'leerkracht', startTime: 10 });
    expect(f.respondent?.id).toBe('R1');
    const turn = f.document.turns[1];
    const content = f.document.text.slice(turn.start, turn.end);
    expect(content).toContain(f.before + f.text + f.after);
    // The context runs back to the start of the sentence and forward to its end.
    expect(f.text).toBe(' goed met ');
    expect(f.before).toBe('Dat gaat');
    expect(f.after).toBe('de rolverdeling.');
    const [interviewer] = retrieve(fixture(), { codeIds: ['D'], documentIds: ['D1'] });
    expect(interviewer).toMatchObject({ speaker: 'Interviewer', turnIndex: 0 });
    expect(interviewer.respondent).toBeUndefined();
    expect(interviewer.role).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: co-occurrence against brute-force oracles over random codings.

function randomSnapshot(codings: { doc: number; code: number; start: number; len: number }[]): ProjectSnapshot {
  const s = fixture();
  s.codings = codings.map((c, i): Coding => {
    const doc = s.documents[c.doc];
    const start = Math.min(c.start, doc.text.length - 1);
    return { id: `x${i}`, projectId: P, documentId: doc.id, codeId: s.codes[c.code].id, start, end: Math.min(doc.text.length, start + c.len), coder: 'S', phase: 'open', createdAt: '', updatedAt: '' };
  });
  return s;
}

function oracle(s: ProjectSnapshot, mode: 'overlap' | 'turn'): Map<string, number> {
  const turnOf = (c: Coding) => {
    const d = s.documents.find((x) => x.id === c.documentId)!;
    const t = d.turns.findIndex((t) => t.start <= c.start && c.start < t.end);
    return t >= 0 ? t : d.turns.findIndex((t) => t.start <= c.end - 1 && c.end - 1 < t.end && c.end - 1 > c.start);
  };
  const out = new Map<string, number>();
  for (let i = 0; i < s.codings.length; i++) {
    for (let j = i + 1; j < s.codings.length; j++) {
      const a = s.codings[i];
      const b = s.codings[j];
      if (a.codeId === b.codeId || a.documentId !== b.documentId) continue;
      const hit = mode === 'overlap' ? Math.max(a.start, b.start) < Math.min(a.end, b.end) : turnOf(a) >= 0 && turnOf(a) === turnOf(b);
      if (!hit) continue;
      for (const key of [`${a.codeId}|${b.codeId}`, `${b.codeId}|${a.codeId}`]) out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}

describe('coOccurrence properties', () => {
  const arb = fc.array(
    fc.record({ doc: fc.integer({ min: 0, max: 2 }), code: fc.integer({ min: 0, max: 7 }), start: fc.integer({ min: 0, max: 250 }), len: fc.integer({ min: 0, max: 60 }) }),
    { maxLength: 40 },
  );
  for (const mode of ['overlap', 'turn'] as const) {
    it(`${mode} mode equals the brute-force count over all pairs`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const s = randomSnapshot(raw);
          const r = coOccurrence(s, { mode });
          const want = oracle(s, mode);
          r.codeIds.forEach((a, i) =>
            r.codeIds.forEach((b, j) => {
              const expected = i === j ? s.codings.filter((c) => c.codeId === a).length : (want.get(`${a}|${b}`) ?? 0);
              expect(r.matrix[i][j]).toBe(expected);
            }),
          );
        }),
        { numRuns: 150 },
      );
    });
  }
});
