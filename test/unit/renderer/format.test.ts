import { describe, expect, it } from 'vitest';
import {
  combineChangeSets,
  formatTimestamp,
  formatWarning,
  looksLikeInterviewer,
  parseRoute,
  projectFileName,
  routeToHash,
  shortChecksum,
  suggestPseudonyms,
  unassignedSpeakers,
} from '../../../src/renderer/lib/format';
import { applyToSnapshot, invertChangeSet, type ChangeSet } from '../../../src/shared/model/changes';
import type { Document, ProjectSnapshot, Respondent } from '../../../src/shared/model/types';
import { classifyOutcome, importable } from '../../../src/renderer/lib/import-batch';
import type { ParseOutcome } from '../../../src/shared/import/types';

const doc = (over: Partial<Document> = {}): Document => ({
  id: 'd1',
  projectId: 'p1',
  name: 'Interview 1',
  sourceFileName: 'interview1.txt',
  format: 'txt',
  encoding: 'utf-8',
  text: 'Hallo\nDag',
  checksum: 'abc',
  byteLength: 9,
  importedAt: '2026-01-01T00:00:00.000Z',
  turns: [
    { speaker: 'I', start: 0, end: 5 },
    { speaker: 'R', start: 6, end: 9 },
  ],
  speakers: [
    { label: 'I', role: { kind: 'interviewer' } },
    { label: 'R', role: { kind: 'unassigned' } },
  ],
  importWarnings: [],
  order: 0,
  ...over,
});

const respondent = (id: string, pseudonym: string): Respondent => ({
  id,
  projectId: 'p1',
  pseudonym,
  role: 'leerkracht',
  attributes: {},
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('display helpers', () => {
  it('formats timestamps as hh:mm:ss', () => {
    expect(formatTimestamp(761)).toBe('00:12:41');
    expect(formatTimestamp(3600 * 2 + 5.9)).toBe('02:00:05');
    expect(formatTimestamp(-3)).toBe('00:00:00');
  });

  it('shortens checksums', () => {
    expect(shortChecksum('0123456789abcdef0123')).toBe('0123456789ab');
  });

  it('translates stored import warnings', () => {
    expect(formatWarning('nl', { key: 'import.warning.cuesWithoutSpeaker', params: { count: 3 } })).toBe('3 fragmenten zonder spreker.');
    expect(formatWarning('en', { key: 'import.warning.cuesWithoutSpeaker', params: { count: 3 } })).toBe('3 cues without a speaker.');
    expect(formatWarning('en', 'plain text')).toBe('plain text');
  });

  it('recognises interviewer labels', () => {
    for (const label of ['Interviewer', 'I', 'Int.', 'interviewster', 'Onderzoeker']) expect(looksLikeInterviewer(label)).toBe(true);
    for (const label of ['Respondent', 'R', 'Anna de Vries', 'Ilse']) expect(looksLikeInterviewer(label)).toBe(false);
  });

  it('suggests free pseudonyms', () => {
    expect(suggestPseudonyms(['Respondent 1', 'respondent 3'], 3)).toEqual(['Respondent 2', 'Respondent 4', 'Respondent 5']);
  });

  it('lists unassigned speakers, including labels only found in turns', () => {
    expect(unassignedSpeakers(doc())).toEqual(['R']);
    expect(unassignedSpeakers(doc({ speakers: [] }))).toEqual(['I', 'R']);
  });

  it('round-trips routes through the URL hash', () => {
    for (const route of [
      { kind: 'start' as const },
      { kind: 'project' as const, projectId: 'a b' },
      { kind: 'codebook' as const, projectId: 'p/1' },
      { kind: 'document' as const, projectId: 'p', documentId: 'd/1' },
    ]) {
      expect(parseRoute(routeToHash(route))).toEqual(route);
    }
    expect(parseRoute('#/onzin')).toEqual({ kind: 'start' });
  });

  it('makes safe project file names', () => {
    expect(projectFileName('Scriptie: fase 1/2')).toBe('Scriptie fase 12.werkbank');
    expect(projectFileName('   ')).toBe('project.werkbank');
  });
});

describe('combineChangeSets', () => {
  const base: ProjectSnapshot = {
    project: { id: 'p1', name: 'P', description: '', createdAt: '', updatedAt: '', settings: { language: 'nl', coderName: 'S' } },
    documents: [doc()],
    respondents: [],
    codes: [],
    codings: [],
    memos: [],
    codebookLog: [],
    relations: [],
    themes: [],
  };

  it('collapses changes to the same entity and undoes in one step', () => {
    const r = respondent('r1', 'Respondent 1');
    const d0 = base.documents[0];
    const d1 = { ...d0, speakers: [d0.speakers[0], { label: 'R', role: { kind: 'respondent' as const, respondentId: 'r1' } }] };
    const d2 = { ...d1, name: 'Renamed' };
    const sets: ChangeSet[] = [
      { name: 'a', changes: [{ table: 'respondents', id: 'r1', before: null, after: r }] },
      { name: 'b', changes: [{ table: 'documents', id: 'd1', before: d0, after: d1 }] },
      { name: 'c', changes: [{ table: 'documents', id: 'd1', before: d1, after: d2 }] },
    ];
    const combined = combineChangeSets('app.command.mapSpeakers', { count: 2 }, sets);
    expect(combined.changes).toHaveLength(2);
    expect(combined.params).toEqual({ count: 2 });
    const after = applyToSnapshot(base, combined);
    expect(after.documents[0]).toEqual(d2);
    expect(after.respondents).toEqual([r]);
    expect(applyToSnapshot(after, invertChangeSet(combined))).toEqual(base);
  });

  it('drops entities created and deleted within the batch', () => {
    const r = respondent('r1', 'X');
    const combined = combineChangeSets('n', undefined, [
      { name: 'a', changes: [{ table: 'respondents', id: 'r1', before: null, after: r }] },
      { name: 'b', changes: [{ table: 'respondents', id: 'r1', before: r, after: null }] },
    ]);
    expect(combined.changes).toEqual([]);
  });
});

describe('import batch', () => {
  const ok = (file: string, checksum: string): ParseOutcome => ({
    ok: true,
    file,
    checksum,
    byteLength: 10,
    transcript: { format: 'txt', encoding: 'utf-8', text: 'x', turns: [], speakers: [], warnings: [] },
  });

  it('marks duplicates of project documents and of earlier files, defaulting to skip', () => {
    const first = classifyOutcome(ok('a.txt', 'h1'), [{ name: 'Oud', checksum: 'h0' }], []);
    const inProject = classifyOutcome(ok('b.txt', 'h0'), [{ name: 'Oud', checksum: 'h0' }], [first]);
    const inBatch = classifyOutcome(ok('c.txt', 'h1'), [{ name: 'Oud', checksum: 'h0' }], [first, inProject]);
    const failed = classifyOutcome({ ok: false, file: 'd.txt', error: { key: 'import.error.empty' } }, [], []);
    expect(first.status).toBe('ok');
    expect(inProject).toMatchObject({ status: 'duplicate', duplicateOf: 'Oud', inProject: true, importAnyway: false });
    expect(inBatch).toMatchObject({ status: 'duplicate', duplicateOf: 'a.txt', inProject: false });
    expect(failed.status).toBe('error');
    expect(importable([first, inProject, inBatch, failed]).map((o) => o.file)).toEqual(['a.txt']);
    const anyway = { ...inProject, importAnyway: true } as typeof inProject;
    expect(importable([first, anyway]).map((o) => o.file)).toEqual(['a.txt', 'b.txt']);
  });
});
