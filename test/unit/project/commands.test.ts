import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet } from '../../../src/shared/model/changes';
import type { ParsedTranscript } from '../../../src/shared/import/types';
import { translate } from '../../../src/shared/i18n';
import {
  countWords,
  assignSpeaker,
  createRespondent,
  deleteDocument,
  deleteRespondent,
  documentWordCount,
  findDuplicate,
  importDocuments,
  isInterviewerLabel,
  newProjectSnapshot,
  renameDocument,
  speakerRespondent,
  updateProject,
  updateRespondent,
} from '../../../src/shared/project/commands';
import { D1, D2, K1, M2, R1, R2, sampleSnapshot, testContext } from './sample';

const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
const normal = (s: ReturnType<typeof sampleSnapshot>) => ({
  project: s.project,
  documents: sortById(s.documents),
  respondents: sortById(s.respondents),
  codes: sortById(s.codes),
  codings: sortById(s.codings),
  memos: sortById(s.memos),
});

function transcript(text: string, turns: ParsedTranscript['turns']): ParsedTranscript {
  return {
    format: 'txt',
    encoding: 'utf-8',
    text,
    turns,
    speakers: [...new Set(turns.map((t) => t.speaker))],
    warnings: [{ key: 'import.warning.cuesWithoutSpeaker', params: { count: 2 } }],
  };
}

describe('importDocuments', () => {
  it('builds documents ordered after the existing ones, with speakers pre-assigned', () => {
    const snap = sampleSnapshot();
    const text = 'INT: Vraag?\nAnna: Antwoord.\ni: nog een vraag\nOnderzoeker 2: ja';
    const set = importDocuments(
      snap,
      [
        {
          fileName: 'Interview 7 – zorg.def.txt',
          checksum: 'c'.repeat(64),
          byteLength: 77,
          transcript: transcript(text, [
            { speaker: 'INT', start: 5, end: 11, startTime: 1.5 },
            { speaker: 'Anna', start: 18, end: 27 },
            { speaker: 'i', start: 31, end: 45 },
            { speaker: 'Onderzoeker 2', start: 61, end: 63 },
          ]),
        },
        { fileName: 'b.vtt', checksum: 'd'.repeat(64), byteLength: 5, transcript: transcript('x', []) },
      ],
      testContext(),
    );
    expect(set.name).toBe('command.importDocuments');
    expect(set.params).toEqual({ count: 2 });
    expect(translate('nl', set.name, set.params)).toBe('2 document(en) importeren');
    const docs = set.changes.map((c) => c.after as NonNullable<typeof c.after> & { order: number });
    expect(docs.map((d) => d.order)).toEqual([2, 3]);
    const doc = applyToSnapshot(snap, set).documents.find((d) => d.id === 'id-1')!;
    expect(doc.name).toBe('Interview 7 – zorg.def');
    expect(doc.sourceFileName).toBe('Interview 7 – zorg.def.txt');
    expect(doc.projectId).toBe(snap.project.id);
    expect(doc.importedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(doc.turns[0]).toEqual({ speaker: 'INT', start: 5, end: 11, startTime: 1.5 });
    expect(doc.turns[1]).not.toHaveProperty('startTime');
    expect(doc.speakers).toEqual([
      { label: 'INT', role: { kind: 'interviewer' } },
      { label: 'Anna', role: { kind: 'unassigned' } },
      { label: 'i', role: { kind: 'interviewer' } },
      { label: 'Onderzoeker 2', role: { kind: 'interviewer' } },
    ]);
    expect(doc.importWarnings).toEqual([{ key: 'import.warning.cuesWithoutSpeaker', params: { count: 2 } }]);
  });

  it('recognises interviewer labels but not respondents', () => {
    for (const l of ['Interviewer', 'interviewster', 'I', 'I.', 'Int', 'INT:', 'Onderzoeker', 'Interviewer 1']) expect(isInterviewerLabel(l)).toBe(true);
    for (const l of ['R', 'Respondent', 'Ingrid', 'Inge', 'Directeur', 'Interview']) expect(isInterviewerLabel(l)).toBe(false);
  });

  it('finds duplicates by checksum, case-insensitively', () => {
    const snap = sampleSnapshot();
    expect(findDuplicate(snap, 'A'.repeat(64))?.id).toBe(D1);
    expect(findDuplicate(snap, 'f'.repeat(64))).toBeUndefined();
  });
});

describe('respondent commands', () => {
  it('create, update and delete with undo', () => {
    const snap = sampleSnapshot();
    const { set, respondent } = createRespondent(snap, { pseudonym: ' Ouder 3 ', role: 'ouder', attributes: { locatie: 'Zuid' } }, testContext());
    expect(respondent).toMatchObject({ id: 'id-1', pseudonym: 'Ouder 3', role: 'ouder', attributes: { locatie: 'Zuid' }, projectId: snap.project.id });
    const s1 = applyToSnapshot(snap, set);
    expect(s1.respondents).toHaveLength(3);
    const up = updateRespondent(s1, 'id-1', { role: 'leerling', attributes: {} });
    const s2 = applyToSnapshot(s1, up);
    expect(s2.respondents.find((r) => r.id === 'id-1')).toMatchObject({ pseudonym: 'Ouder 3', role: 'leerling', attributes: {} });
    expect(normal(applyToSnapshot(s2, invertChangeSet(up)))).toEqual(normal(s1));
    expect(() => updateRespondent(s1, 'nope', { role: 'x' })).toThrow(/project.error.notFound/);
  });

  it('deleting a respondent unassigns its speakers in the same set', () => {
    const snap = sampleSnapshot();
    const set = deleteRespondent(snap, R1);
    const after = applyToSnapshot(snap, set);
    expect(after.respondents.map((r) => r.id)).toEqual([R2]);
    expect(after.documents.find((d) => d.id === D1)!.speakers[1]).toEqual({ label: 'R', role: { kind: 'unassigned' } });
    expect(normal(applyToSnapshot(after, invertChangeSet(set)))).toEqual(normal(snap));
  });
});

describe('document commands', () => {
  it('assigns a speaker and resolves it', () => {
    const snap = sampleSnapshot();
    const set = assignSpeaker(snap, D2, 'Leerkracht', { kind: 'respondent', respondentId: R2 });
    const after = applyToSnapshot(snap, set);
    const doc = after.documents.find((d) => d.id === D2)!;
    expect(speakerRespondent(after, doc, 'Leerkracht')?.pseudonym).toBe('Leerkracht Ö');
    expect(speakerRespondent(after, doc, 'Onderzoeker')).toBeUndefined();
    expect(assignSpeaker(after, D2, 'Leerkracht', { kind: 'respondent', respondentId: R2 }).changes).toEqual([]);
    expect(() => assignSpeaker(snap, D2, 'Leerkracht', { kind: 'respondent', respondentId: 'ghost' })).toThrow();
  });

  it('renames a document', () => {
    const snap = sampleSnapshot();
    const set = renameDocument(snap, D2, '  Leerkracht groep 8 ');
    expect(applyToSnapshot(snap, set).documents.find((d) => d.id === D2)!.name).toBe('Leerkracht groep 8');
    expect(renameDocument(snap, D2, '   ').changes).toEqual([]);
  });

  it('deletes a document with its codings and memos; undo restores them', () => {
    const snap = sampleSnapshot();
    const set = deleteDocument(snap, D1);
    const after = applyToSnapshot(snap, set);
    expect(after.documents.map((d) => d.id)).toEqual([D2]);
    expect(after.codings.map((c) => c.id)).not.toContain(K1);
    expect(after.memos.map((m) => m.id)).not.toContain(M2);
    expect(normal(applyToSnapshot(after, invertChangeSet(set)))).toEqual(normal(snap));
  });
});

describe('project commands', () => {
  it('updates the project through ChangeSet.project', () => {
    const snap = sampleSnapshot();
    const set = updateProject(snap, { name: 'Nieuw', settings: { language: 'en', coderName: 'X' } }, testContext());
    expect(set.changes).toEqual([]);
    const after = applyToSnapshot(snap, set);
    expect(after.project).toMatchObject({ name: 'Nieuw', description: snap.project.description, updatedAt: '2026-11-24T09:00:00.000Z', settings: { language: 'en', coderName: 'X' } });
    expect(applyToSnapshot(after, invertChangeSet(set)).project).toEqual(snap.project);
  });

  it('creates an empty project snapshot', () => {
    expect(newProjectSnapshot({ name: ' Thesis ', settings: { language: 'nl', coderName: 'S' } }, testContext())).toEqual({
      project: { id: 'id-1', name: 'Thesis', description: '', createdAt: '2026-11-24T09:00:00.000Z', updatedAt: '2026-11-24T09:00:00.000Z', settings: { language: 'nl', coderName: 'S' } },
      documents: [],
      respondents: [],
      codes: [],
      codings: [],
      memos: [],
      codebookLog: [],
      relations: [],
      themes: [],
    });
  });
});

describe('documentWordCount', () => {
  it('counts all words, or only the words of (possible) respondents', () => {
    const doc = sampleSnapshot().documents[1];
    // "Onderzoeker: Wat vindt u van de ouderbetrokkenheid?" = 7 words, "Leerkracht: …" = 1 + 11
    expect(documentWordCount(doc)).toBe(7 + 12);
    // Before mapping, the unassigned "Leerkracht" counts as a possible respondent; the interviewer never does.
    expect(documentWordCount(doc, true)).toBe(11);
    const asInterviewer = { ...doc, speakers: doc.speakers.map((s) => ({ ...s, role: { kind: 'interviewer' as const } })) };
    expect(documentWordCount(asInterviewer, true)).toBe(0);
    const mapped = { ...doc, speakers: [doc.speakers[0], { label: 'Leerkracht', role: { kind: 'respondent' as const, respondentId: R2 } }] };
    expect(documentWordCount(mapped, true)).toBe(11);
  });
});

describe('speakers to map after import', () => {
  const transcript = (turns: { speaker: string; start: number; end: number }[], text: string) => ({
    format: 'txt' as const, encoding: 'utf-8', text, turns,
    speakers: [...new Set(turns.map((t) => t.speaker).filter(Boolean))], warnings: [],
  });

  it('leaves out unlabelled text before the first speaker (a title is not a speaker)', () => {
    const text = 'Interview 3\nI: Hoe gaat het?\nR: Goed.';
    const set = importDocuments(sampleSnapshot(), [{
      fileName: 'titel.txt', checksum: 'c1', byteLength: text.length,
      transcript: transcript([{ speaker: '', start: 0, end: 11 }, { speaker: 'I', start: 15, end: 27 }, { speaker: 'R', start: 31, end: 36 }], text),
    }]);
    const doc = set.changes[0].after as { speakers: { label: string }[] };
    expect(doc.speakers.map((s) => s.label)).toEqual(['I', 'R']);
  });

  it('keeps the one unlabelled voice mappable when a transcript has no labels at all', () => {
    const text = 'Een verhaal zonder sprekers.';
    const set = importDocuments(sampleSnapshot(), [{
      fileName: 'monoloog.txt', checksum: 'c2', byteLength: text.length,
      transcript: transcript([{ speaker: '', start: 0, end: text.length }], text),
    }]);
    const doc = set.changes[0].after as { speakers: { label: string }[] };
    expect(doc.speakers.map((s) => s.label)).toEqual(['']);
  });
});

describe('countWords', () => {
  it('counts a word with decomposed accents once', () => {
    expect(countWords('e\u0301e\u0301n reëel zo’n leerkracht-ouder')).toBe(4);
  });
});
