import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet, type ChangeSet } from '../../../src/shared/model/changes';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { CommandError } from '../../../src/shared/project/commands';
import { parseProjectFile, serializeProject } from '../../../src/shared/project/file-format';
import { applyCode } from '../../../src/shared/coding/commands';
import { codersWithCodings, projectCoders, reviewCodings, reviewProgress, reviewTheme, seededShuffle } from '../../../src/shared/review/commands';
import { catalogues } from '../../../src/shared/i18n';
import { C2, D1, H1, K1, K2, sampleSnapshot, testContext } from '../project/sample';

function expectUndoable(before: ProjectSnapshot, set: ChangeSet): ProjectSnapshot {
  const after = applyToSnapshot(before, set);
  const back = applyToSnapshot(after, invertChangeSet(set));
  const byId = <T extends { id: string }>(xs: T[]) => xs.slice().sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(back.codings)).toEqual(byId(before.codings));
  expect(byId(back.themes)).toEqual(byId(before.themes));
  expect(catalogues.nl[set.name]).toBeDefined();
  expect(catalogues.en[set.name]).toBeDefined();
  return after;
}

describe('review commands', () => {
  it('accepts and flags codings in one undoable set, with the reviewer from the context or the settings', () => {
    const s = sampleSnapshot();
    const set = reviewCodings(s, [K1, K2], { status: 'accepted' }, { ...testContext(), coder: 'Bram' });
    expect(set.name).toBe('command.reviewAccept');
    expect(set.changes).toHaveLength(2);
    const after = expectUndoable(s, set);
    expect(after.codings.find((c) => c.id === K1)!.review).toEqual({ status: 'accepted', comment: '', reviewer: 'Bram', at: '2026-11-24T09:00:00.000Z' });

    const flag = reviewCodings(after, [K1], { status: 'flagged', comment: '  Te ruim gecodeerd ' }, testContext());
    const flagged = expectUndoable(after, flag);
    expect(flagged.codings.find((c) => c.id === K1)!.review).toMatchObject({ status: 'flagged', comment: 'Te ruim gecodeerd', reviewer: 'Sanne de Vries' });
    expect(reviewProgress(flagged)).toEqual({ total: 2, accepted: 1, flagged: 1, open: 0 });
    expect(reviewProgress(flagged, { coder: 'Sanne' })).toEqual({ total: 1, accepted: 1, flagged: 0, open: 0 });

    // Clearing removes the mark; a second clear changes nothing.
    const clear = reviewCodings(flagged, [K1], null, testContext());
    const cleared = expectUndoable(flagged, clear);
    expect(cleared.codings.find((c) => c.id === K1)!.review).toBeUndefined();
    expect(reviewCodings(cleared, [K1], null).changes).toHaveLength(0);
    expect(reviewProgress(cleared)).toEqual({ total: 2, accepted: 1, flagged: 0, open: 1 });
  });

  it('refuses unknown codings and themes', () => {
    const s = sampleSnapshot();
    expect(() => reviewCodings(s, ['nope'], { status: 'accepted' })).toThrow(CommandError);
    expect(() => reviewTheme(s, 'nope', { status: 'accepted' })).toThrow(CommandError);
  });

  it('reviews a theme and undoes it', () => {
    const s = sampleSnapshot();
    const set = reviewTheme(s, H1, { status: 'flagged', comment: 'Definitie ontbreekt' }, testContext());
    const after = expectUndoable(s, set);
    expect(after.themes[0].review).toMatchObject({ status: 'flagged', comment: 'Definitie ontbreekt' });
    expect(reviewTheme(after, H1, null, testContext()).changes).toHaveLength(1);
  });

  it('round-trips review marks through a .werkbank file and rejects a bad status', () => {
    let s = sampleSnapshot();
    s = applyToSnapshot(s, reviewCodings(s, [K1], { status: 'flagged', comment: 'Waarom?' }, testContext()));
    s = applyToSnapshot(s, reviewTheme(s, H1, { status: 'accepted' }, testContext()));
    const result = parseProjectFile('x.werkbank', serializeProject(s));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.codings.find((c) => c.id === K1)!.review).toEqual(s.codings.find((c) => c.id === K1)!.review);
    expect(result.snapshot.themes[0].review?.status).toBe('accepted');

    const json = JSON.parse(new TextDecoder().decode(serializeProject(s)));
    json.codings.find((c: { id: string }) => c.id === K1).review.status = 'maybe';
    const bad = parseProjectFile('x.werkbank', new TextEncoder().encode(JSON.stringify(json)));
    expect(bad.ok).toBe(false);
  });

  it('lists the project coders and lets a second coder code the same range with the same code', () => {
    const s = sampleSnapshot();
    expect(projectCoders(s)).toContain('Sanne');
    expect(projectCoders(s)).toContain('Sanne de Vries');
    const k1 = s.codings.find((c) => c.id === K1)!;
    const { set } = applyCode(s, { documentId: D1, codeId: C2, start: k1.start, end: k1.end }, { ...testContext('b'), coder: 'Bram' });
    const after = applyToSnapshot(s, set);
    expect(projectCoders(after)).toEqual(['Bram', 'Sanne', 'Sanne de Vries']);
    // Only coders with codings can be compared for agreement (a memo author or the set name is not enough).
    const withOthers = {
      ...after,
      project: { ...after.project, settings: { ...after.project.settings, coderName: 'Nieuw' } },
      memos: [...after.memos, { ...after.memos[0], id: 'm-ayla', author: 'Ayla' }],
    };
    expect(projectCoders(withOthers)).toEqual(['Ayla', 'Bram', 'Nieuw', 'Sanne', 'Sanne de Vries']);
    expect(codersWithCodings(withOthers)).toEqual(['Bram', 'Sanne', 'Sanne de Vries']);
  });

  it('shuffles with a seed: stable, a permutation, different per seed', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    const a = seededShuffle(xs, 'project-1');
    expect(seededShuffle(xs, 'project-1')).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(xs);
    expect(seededShuffle(xs, 'project-2')).not.toEqual(a);
  });
});
