import { describe, expect, it } from 'vitest';
import { applyToSnapshot, created, deleted, invertChangeSet, updated, type ChangeSet } from '../../../src/shared/model/changes';
import type { ProjectSnapshot, Respondent } from '../../../src/shared/model/types';
import { newId } from '../../../src/shared/util/ids';

const project = {
  id: 'p1', name: 'Onderzoek', description: '', createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z', settings: { language: 'nl' as const, coderName: 'Sanne' },
};
const empty: ProjectSnapshot = { project, documents: [], respondents: [], codes: [], codings: [], memos: [], codebookLog: [], relations: [], themes: [] };
const respondent = (id: string, pseudonym: string): Respondent => ({
  id, projectId: 'p1', pseudonym, role: 'leerkracht', attributes: {}, createdAt: project.createdAt,
});

describe('change sets', () => {
  it('apply, invert and re-apply to the identical snapshot', () => {
    const a = respondent('r1', 'Respondent A');
    const b = respondent('r2', 'Respondent B');
    const start = applyToSnapshot(empty, { name: 'x', changes: [created('respondents', a)] });
    const set: ChangeSet = {
      name: 'command.test',
      changes: [created('respondents', b), updated('respondents', a, { ...a, role: 'directeur' })],
    };
    const after = applyToSnapshot(start, set);
    expect(after.respondents.map((r) => [r.id, r.role]).sort()).toEqual([['r1', 'directeur'], ['r2', 'leerkracht']]);
    const undone = applyToSnapshot(after, invertChangeSet(set));
    expect(undone.respondents).toEqual(start.respondents);
    expect(applyToSnapshot(undone, set).respondents.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      after.respondents.sort((x, y) => x.id.localeCompare(y.id)),
    );
  });

  it('undoes a delete by restoring the deleted record', () => {
    const a = respondent('r1', 'Respondent A');
    const start = applyToSnapshot(empty, { name: 'x', changes: [created('respondents', a)] });
    const del: ChangeSet = { name: 'd', changes: [deleted('respondents', a)] };
    expect(applyToSnapshot(start, del).respondents).toEqual([]);
    expect(applyToSnapshot(applyToSnapshot(start, del), invertChangeSet(del)).respondents).toEqual([a]);
  });

  it('does not mutate the input snapshot', () => {
    const before = JSON.stringify(empty);
    applyToSnapshot(empty, { name: 'x', changes: [created('respondents', respondent('r9', 'R'))] });
    expect(JSON.stringify(empty)).toBe(before);
  });

  it('inverts project changes', () => {
    const renamed = { ...project, name: 'Nieuw' };
    const set: ChangeSet = { name: 'rename', changes: [], project: { before: project, after: renamed } };
    expect(applyToSnapshot(empty, set).project.name).toBe('Nieuw');
    expect(applyToSnapshot(applyToSnapshot(empty, set), invertChangeSet(set)).project.name).toBe('Onderzoek');
  });
});

describe('ids', () => {
  it('are RFC 4122 v4 GUIDs (REFI-QDA needs GUIDs) and unique', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId()));
    expect(ids.size).toBe(2000);
    for (const id of [...ids].slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
