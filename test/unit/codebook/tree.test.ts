import { describe, expect, it } from 'vitest';
import { codebookTree, flattenTree, toProjectCodes, DEFAULT_CODE_COLOR } from '../../../src/shared/codebook/tree';
import { PREDEFINED_CODEBOOKS, getPredefinedCodebook, equivalentCodes } from '../../../src/shared/codebook/registry';
import type { CodebookFile } from '../../../src/shared/codebook/types';

const ctx = () => {
  let n = 0;
  return { projectId: 'p1', now: '2026-01-01T00:00:00.000Z', newId: () => `id${++n}` };
};

describe('codebookTree', () => {
  it('builds the forest in file order with inherited colours', () => {
    const cb = getPredefinedCodebook('000-renn4-inpandige-samenwerking') as CodebookFile;
    const tree = codebookTree(cb);
    expect(tree[0].code.label).toBe('Deskundigheid');
    expect(tree[0].children.map((c) => c.code.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(tree[0].children.every((c) => c.color === tree[0].color && c.depth === 1)).toBe(true);
    expect(flattenTree(tree)).toHaveLength(cb.codes.length);
  });

  it('falls back to the default colour', () => {
    const cb = { codes: [{ id: 'x', parentId: null, label: 'X', level: 'open' }] } as unknown as CodebookFile;
    expect(codebookTree(cb)[0].color).toBe(DEFAULT_CODE_COLOR);
  });
});

describe('toProjectCodes', () => {
  it('maps every codebook to project codes with fresh ids, parents first, order among siblings', () => {
    for (const cb of PREDEFINED_CODEBOOKS) {
      const codes = toProjectCodes(cb, ctx());
      expect(codes).toHaveLength(cb.codes.length);
      const seen = new Set<string>();
      for (const code of codes) {
        if (code.parentId !== null) expect(seen.has(code.parentId)).toBe(true);
        seen.add(code.id);
        expect(code.projectId).toBe('p1');
        expect(code.color).toMatch(/^#[0-9a-f]{6}$/i);
      }
      const bySource = new Map(codes.map((c) => [c.sourceCodeId, c]));
      for (const src of cb.codes) {
        const code = bySource.get(src.id);
        expect(code?.label).toBe(src.label);
        expect(code?.level).toBe(src.level);
        expect(code?.number).toBe(src.number);
        expect(code?.valence).toBe(src.valence);
        expect(code?.description).toBe(src.description ?? '');
        expect(code?.parentId ?? null).toBe(src.parentId === null ? null : bySource.get(src.parentId)?.id);
        if (src.pairId) expect(code?.pairId).toBe(bySource.get(src.pairId)?.id);
      }
    }
  });

  it('keeps source order as sibling order', () => {
    const cb = getPredefinedCodebook('000-renn4-inpandige-samenwerking') as CodebookFile;
    const codes = toProjectCodes(cb, ctx());
    const visie = codes.find((c) => c.sourceCodeId === '000.axial.visie');
    const kids = codes.filter((c) => c.parentId === visie?.id).sort((a, b) => a.order - b.order);
    expect(kids.map((k) => k.number)).toEqual(['6', '7', '8', '9', '10', '11', '12', '13', '14']);
  });

  it('can take a subset and keeps the ancestors of what it takes', () => {
    const cb = getPredefinedCodebook('000-renn4-inpandige-samenwerking') as CodebookFile;
    const codes = toProjectCodes(cb, { ...ctx(), include: (c) => c.level === 'open' || c.level === 'axial' });
    expect(codes).toHaveLength(43);
    expect(codes.filter((c) => c.parentId === null)).toHaveLength(6);
  });
});

describe('registry', () => {
  it('finds equivalent codes through the crosswalk', () => {
    expect(equivalentCodes('000.axial.visie')).toContain('004.interprofessioneel.collectief-eigenaarschap-van-doelen');
  });
});
