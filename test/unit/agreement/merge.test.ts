import { describe, expect, it } from 'vitest';
import { mergeProjects } from '../../../src/shared/project/merge';
import type { Coding, ProjectSnapshot } from '../../../src/shared/model/types';
import { fixture } from '../analysis/fixture';

let counter = 0;
const ctx = { newId: () => `merged-${++counter}`, language: 'en' as const };
const T2 = '2026-12-01T10:00:00.000Z';

/** A blind second coding: a copy of the project in which coder "Piet2" adds codings and a memo. */
function secondCoderCopy(base: ProjectSnapshot): ProjectSnapshot {
  const copy = structuredClone(base);
  const mk = (id: string, documentId: string, codeId: string, start: number, end: number): Coding => ({
    id, projectId: copy.project.id, documentId, codeId, start, end, coder: 'Piet2', phase: 'open', createdAt: T2, updatedAt: T2,
  });
  copy.codings.push(mk('p1', 'D1', 'A', 30, 50), mk('p2', 'D2', 'B', 40, 60));
  copy.memos.push({ id: 'm1', projectId: copy.project.id, target: { kind: 'coding', id: 'p1' }, title: 'Twijfel', text: 'A of B?', author: 'Piet2', createdAt: T2, updatedAt: T2 });
  return copy;
}

describe('mergeProjects', () => {
  it('round trip of a blind second coding keeps both coders’ work and nothing of base is lost', () => {
    const base = fixture();
    const { snapshot, report } = mergeProjects(base, secondCoderCopy(base), ctx);
    expect(report).toEqual({ addedCodings: 2, addedMemos: 1, addedCodes: 0, addedDocuments: 0, conflicts: [] });
    for (const c of base.codings) expect(snapshot.codings).toContainEqual(c);
    expect(snapshot.codings.filter((c) => c.coder === 'Piet2').map((c) => c.id)).toEqual(['p1', 'p2']);
    expect(snapshot.memos.map((m) => m.id)).toEqual(['m1']);
    expect(snapshot.codes).toEqual(base.codes);
    expect(snapshot.documents).toEqual(base.documents);
    expect(snapshot.project).toEqual(base.project);
  });

  it('is idempotent: merging the same copy again adds nothing', () => {
    const base = fixture();
    const other = secondCoderCopy(base);
    other.codings[0] = { ...other.codings[0], memo: 'changed by the second coder' }; // a conflicting edit too
    const once = mergeProjects(base, other, ctx);
    const twice = mergeProjects(once.snapshot, other, ctx);
    expect(twice.snapshot).toEqual(once.snapshot);
    expect(twice.report).toEqual({ addedCodings: 0, addedMemos: 0, addedCodes: 0, addedDocuments: 0, conflicts: [] });
  });

  it('never overwrites: a coding changed in both becomes a new coding; other conflicts are listed', () => {
    const base = fixture();
    const other = structuredClone(base);
    other.codings[0] = { ...other.codings[0], end: other.codings[0].end + 5, coder: 'Piet2' };
    other.codes[1] = { ...other.codes[1], label: 'Code A (hernoemd)' };
    const { snapshot, report } = mergeProjects(base, other, ctx);
    expect(snapshot.codings[0]).toEqual(base.codings[0]);
    const copy = snapshot.codings.find((c) => c.coder === 'Piet2')!;
    expect(copy.id).not.toBe(base.codings[0].id);
    expect(copy.end).toBe(base.codings[0].end + 5);
    expect(snapshot.codes[1].label).toBe('Code A');
    expect(report.addedCodings).toBe(1);
    expect(report.conflicts).toHaveLength(2);
    expect(report.conflicts.join('\n')).toContain('codes A ("Code A")');
    expect(report.conflicts.join('\n')).toContain(`codings k1: changed differently in both copies; the other version was added as ${copy.id}`);
  });

  it('adds codes (by id, else by label under the same parent) and documents only in the copy', () => {
    const base = fixture();
    const other = structuredClone(base);
    const T = base.codes[0].createdAt;
    other.codes.push(
      { id: 'NEW', projectId: 'proj', parentId: 'CAT1', label: 'Nieuw', color: '#000', description: '', order: 9, createdAt: T, updatedAt: T },
      { id: 'DUP', projectId: 'proj', parentId: 'CAT1', label: 'Code B', color: '#000', description: '', order: 9, createdAt: T, updatedAt: T },
    );
    other.documents.push({ ...structuredClone(base.documents[0]), id: 'D9', name: 'Extra', checksum: 'x', text: 'Iets anders' });
    other.codings.push(
      { ...base.codings[0], id: 'q1', codeId: 'DUP', coder: 'Piet2' },
      { ...base.codings[0], id: 'q2', codeId: 'NEW', documentId: 'D9', coder: 'Piet2', start: 0, end: 4 },
    );
    const { snapshot, report } = mergeProjects(base, other, ctx);
    expect(report).toMatchObject({ addedCodes: 1, addedDocuments: 1, addedCodings: 2, conflicts: [] });
    expect(snapshot.codings.find((c) => c.id === 'q1')!.codeId).toBe('B'); // matched by label + parent
    expect(snapshot.codings.find((c) => c.id === 'q2')).toMatchObject({ codeId: 'NEW', documentId: 'D9' });
  });
});
