import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet } from '../../../src/shared/model/changes';
import { mergeChanges, mergeProjects } from '../../../src/shared/project/merge';
import { remapSnapshotIds } from '../../../src/shared/project/remap';
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
    expect(report).toEqual({ addedCodings: 2, addedReviews: 0, addedMemos: 1, addedCodes: 0, addedDocuments: 0, conflicts: [] });
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
    expect(twice.report).toEqual({ addedCodings: 0, addedReviews: 0, addedMemos: 0, addedCodes: 0, addedDocuments: 0, conflicts: [] });
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

  it('takes a reviewer’s marks from a copy onto the codings and themes, without duplicating them', () => {
    const base = fixture();
    base.themes.push({
      id: 'TH', projectId: base.project.id, label: 'Thema', definition: '', layer: '', order: 0, color: '#000',
      categoryIds: [], keyQuoteIds: [], summary: '', createdAt: T2, updatedAt: T2,
    });
    const reviewed = structuredClone(base);
    const T3 = '2026-12-02T09:00:00.000Z';
    reviewed.codings[0] = { ...reviewed.codings[0], review: { status: 'accepted', comment: '', reviewer: 'Ayla', at: T3 }, updatedAt: T3 };
    reviewed.codings[1] = { ...reviewed.codings[1], review: { status: 'flagged', comment: 'Te kort', reviewer: 'Ayla', at: T3 }, updatedAt: T3 };
    reviewed.themes[0] = { ...reviewed.themes[0], review: { status: 'flagged', comment: 'Definitie ontbreekt', reviewer: 'Begeleider', at: T3 }, updatedAt: T3 };
    const { snapshot, report } = mergeProjects(base, reviewed, ctx);
    expect(report).toEqual({ addedCodings: 0, addedReviews: 3, addedMemos: 0, addedCodes: 0, addedDocuments: 0, conflicts: [] });
    expect(snapshot.codings).toHaveLength(base.codings.length);
    expect(snapshot.codings[0].review).toMatchObject({ status: 'accepted', reviewer: 'Ayla' });
    expect(snapshot.codings[1].review).toMatchObject({ status: 'flagged', comment: 'Te kort' });
    expect(snapshot.themes[0].review?.comment).toBe('Definitie ontbreekt');
    // Merging the same copy again changes nothing.
    expect(mergeProjects(snapshot, reviewed, ctx).report).toMatchObject({ addedReviews: 0, addedCodings: 0, conflicts: [] });
    // A different mark already on base stays; the copy's is listed, not written over it.
    const other = structuredClone(reviewed);
    other.codings[0] = { ...other.codings[0], review: { status: 'flagged', comment: 'Toch niet', reviewer: 'Bram', at: T3 } };
    const again = mergeProjects(snapshot, other, ctx);
    expect(again.snapshot.codings[0].review?.status).toBe('accepted');
    expect(again.report.conflicts).toHaveLength(1);
    expect(again.report.addedCodings).toBe(0);
  });

  it('turns a merge into one undoable change set: added entities and taken-over review marks', () => {
    const base = fixture();
    const copy = secondCoderCopy(base);
    const T3 = '2026-12-02T09:00:00.000Z';
    copy.codings[0] = { ...copy.codings[0], review: { status: 'accepted', comment: '', reviewer: 'Ayla', at: T3 } };
    const { snapshot: merged } = mergeProjects(base, copy, ctx);
    const set = mergeChanges(base, merged, 'kopie.werkbank');
    expect(set.changes.filter((c) => c.before === null)).toHaveLength(3); // two codings, one memo
    expect(set.changes.filter((c) => c.before !== null && c.after !== null)).toHaveLength(1); // the review mark
    const applied = applyToSnapshot(base, set);
    expect(new Set(applied.codings.map((c) => JSON.stringify(c)))).toEqual(new Set(merged.codings.map((c) => JSON.stringify(c))));
    expect(applied.memos).toEqual(merged.memos);
    expect(applyToSnapshot(applied, invertChangeSet(set)).codings).toEqual(base.codings);
  });

  it('finds a reviewed coding in a copy that was opened under new ids (same content, other id)', () => {
    const base = fixture();
    const copy = structuredClone(base);
    const T3 = '2026-12-02T09:00:00.000Z';
    copy.codings = copy.codings.map((c, i) => ({ ...c, id: `copy-${i}` }));
    copy.codings[0] = { ...copy.codings[0], review: { status: 'flagged', comment: 'Klopt dit?', reviewer: 'Ayla', at: T3 }, updatedAt: T3 };
    const { snapshot, report } = mergeProjects(base, copy, ctx);
    expect(report).toMatchObject({ addedCodings: 0, addedReviews: 1, conflicts: [] });
    expect(snapshot.codings).toHaveLength(base.codings.length);
    expect(snapshot.codings[0]).toMatchObject({ id: base.codings[0].id, review: { comment: 'Klopt dit?' } });
  });

  it('merges a copy whose ids were all renewed (opened in the same browser) by content, without duplicates', () => {
    const base = fixture();
    const copy = remapSnapshotIds(secondCoderCopy(base), () => `renewed-${++counter}`);
    const { snapshot, report } = mergeProjects(base, copy, ctx);
    expect(report).toEqual({ addedCodings: 2, addedReviews: 0, addedMemos: 1, addedCodes: 0, addedDocuments: 0, conflicts: [] });
    expect(snapshot.respondents).toEqual(base.respondents);
    expect(snapshot.documents).toEqual(base.documents);
    expect(snapshot.codes).toEqual(base.codes);
    const added = snapshot.codings.filter((c) => c.coder === 'Piet2');
    expect(added.map((c) => [c.documentId, c.codeId, c.start, c.end])).toEqual([['D1', 'A', 30, 50], ['D2', 'B', 40, 60]]);
    expect(snapshot.memos[0].target).toEqual({ kind: 'coding', id: added[0].id });
  });
});
