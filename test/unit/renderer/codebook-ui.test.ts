import { describe, expect, it } from 'vitest';
import type { Code } from '../../../src/shared/model/types';
import {
  codePath,
  describeOrigin,
  descendantIds,
  dropTarget,
  keyboardMove,
  levelCounts,
  levelLabel,
  visibleRows,
} from '../../../src/renderer/lib/codebook-ui';
import { getPredefinedCodebook } from '../../../src/shared/codebook/registry';

function code(id: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code {
  return { id, projectId: 'p', parentId, label: id.toUpperCase(), color: '#000000', description: '', order, createdAt: '', updatedAt: '', ...extra };
}

// A(a1, a2(a2x)), B(b1), C
const codes = [code('a', null, 0), code('b', null, 1), code('c', null, 2), code('a1', 'a', 0), code('a2', 'a', 1), code('a2x', 'a2', 0), code('b1', 'b', 0)];

describe('codebook tree helpers', () => {
  it('lists visible rows in pre-order, skipping collapsed and filtered codes', () => {
    const all = new Set(codes.map((c) => c.id));
    expect(visibleRows(codes, all).map((r) => `${r.depth}${r.code.id}`)).toEqual(['0a', '1a1', '1a2', '2a2x', '0b', '1b1', '0c']);
    expect(visibleRows(codes, new Set(['b'])).map((r) => r.code.id)).toEqual(['a', 'b', 'b1', 'c']);
    expect(visibleRows(codes, all, new Set(['a', 'a2', 'a2x'])).map((r) => r.code.id)).toEqual(['a', 'a2', 'a2x']);
    expect(visibleRows(codes, all).find((r) => r.code.id === 'a')!.childIds).toEqual(['a1', 'a2']);
  });

  it('computes drop targets as parent + index among the other children', () => {
    expect(dropTarget(codes, 'b1', 'a', 'inside')).toEqual({ parentId: 'a', index: 2 });
    expect(dropTarget(codes, 'b1', 'a1', 'before')).toEqual({ parentId: 'a', index: 0 });
    expect(dropTarget(codes, 'b1', 'a1', 'after')).toEqual({ parentId: 'a', index: 1 });
    // Reordering within the same parent: the dragged code is not counted.
    expect(dropTarget(codes, 'a', 'c', 'after')).toEqual({ parentId: null, index: 2 });
    expect(dropTarget(codes, 'c', 'a', 'before')).toEqual({ parentId: null, index: 0 });
    expect(dropTarget(codes, 'a2x', null, 'inside')).toEqual({ parentId: null, index: 3 });
    // Never into itself or its own subtree.
    expect(dropTarget(codes, 'a', 'a', 'inside')).toBeNull();
    expect(dropTarget(codes, 'a', 'a2x', 'before')).toBeNull();
  });

  it('moves by keyboard: swap, indent under the previous sibling, outdent after the parent', () => {
    expect(keyboardMove(codes, 'b', 'up')).toEqual({ parentId: null, index: 0 });
    expect(keyboardMove(codes, 'b', 'down')).toEqual({ parentId: null, index: 2 });
    expect(keyboardMove(codes, 'a', 'up')).toBeNull();
    expect(keyboardMove(codes, 'c', 'down')).toBeNull();
    expect(keyboardMove(codes, 'b', 'indent')).toEqual({ parentId: 'a', index: 2 });
    expect(keyboardMove(codes, 'a', 'indent')).toBeNull();
    expect(keyboardMove(codes, 'a2x', 'outdent')).toEqual({ parentId: 'a', index: 2 });
    expect(keyboardMove(codes, 'a1', 'outdent')).toEqual({ parentId: null, index: 1 });
    expect(keyboardMove(codes, 'a', 'outdent')).toBeNull();
  });

  it('gives paths and subtrees', () => {
    expect(codePath(codes, 'a2x')).toBe('A › A2 › A2X');
    expect([...descendantIds(codes, 'a')].sort()).toEqual(['a', 'a1', 'a2', 'a2x']);
  });
});

describe('codebook labels', () => {
  it('names levels from the source codebook, the Baarda phases, or the id', () => {
    expect(levelLabel('nl', 'axial')).toBe('Axiale code');
    expect(levelLabel('en', 'open')).toBe('Open code');
    expect(levelLabel('nl', 'factor', code('x', null, 0, { sourceCodeId: '000.factor' }))).toBe('Werkzame factor');
    expect(levelLabel('nl', 'eigen')).toBe('eigen');
    expect(levelLabel('nl', undefined)).toBe('');
  });

  it('counts the codes per level of a predefined codebook', () => {
    const counts = levelCounts(getPredefinedCodebook('000-renn4-inpandige-samenwerking')!);
    expect(counts.find((l) => l.id === 'axial')?.count).toBe(6);
    expect(counts.find((l) => l.id === 'open')?.count).toBe(37);
  });

  it('describes the origin for "Aangepast van"', () => {
    expect(describeOrigin('nl', undefined)).toBeNull();
    expect(describeOrigin('nl', { kind: 'empty' })).toBeNull();
    expect(describeOrigin('nl', { kind: 'predefined', codebookId: 'x', title: 'RENN4', version: '1.0.0', citation: 'c' })).toBe('RENN4 (versie 1.0.0)');
    expect(describeOrigin('en', { kind: 'qdc', fileName: 'a.qdc' })).toBe('REFI-QDA file a.qdc');
    expect(describeOrigin('nl', { kind: 'project', projectName: 'P', fileName: 'p.werkbank' })).toBe('project "P" (p.werkbank)');
  });
});
