/** A small but complete Dutch project snapshot shared by the project, data and CLI tests. */
import type { ProjectSnapshot } from '../../../src/shared/model/types';

export const TEXT_1 =
  'Interviewer: Hoe ervaart u de samenwerking met de zorgpartners?\n' +
  'R: Eerlijk gezegd… de coördinatie is lastig 😅. Maar de intern begeleider is geweldig 👩‍🏫.\n' +
  'Interviewer: Kunt u een voorbeeld geven?\n' +
  'R: Bij de overdracht naar het voortgezet onderwijs ging het mis: e\u0301e\u0301n dossier was zoek.';

export const TEXT_2 = 'Onderzoeker: Wat vindt u van de ouderbetrokkenheid?\nLeerkracht: Die is goed; ouders zijn zeer betrokken. Ça va, zeggen ze 🇧🇪.';

function turnsOf(text: string) {
  const turns: { speaker: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    turns.push({ speaker: line.slice(0, colon), start: pos + colon + 2, end: pos + line.length });
    pos += line.length + 1;
  }
  return turns;
}

export const P = 'p0000000-0000-4000-8000-000000000000';
export const D1 = 'd1000000-0000-4000-8000-000000000000';
export const D2 = 'd2000000-0000-4000-8000-000000000000';
export const R1 = 'r1000000-0000-4000-8000-000000000000';
export const R2 = 'r2000000-0000-4000-8000-000000000000';
export const C1 = 'c1000000-0000-4000-8000-000000000000';
export const C2 = 'c2000000-0000-4000-8000-000000000000';
export const K1 = 'k1000000-0000-4000-8000-000000000000';
export const K2 = 'k2000000-0000-4000-8000-000000000000';
export const M1 = 'm1000000-0000-4000-8000-000000000000';
export const M2 = 'm2000000-0000-4000-8000-000000000000';
export const L1 = 'l1000000-0000-4000-8000-000000000000';
export const E1 = 'e1000000-0000-4000-8000-000000000000';
export const H1 = 'h1000000-0000-4000-8000-000000000000';

const T = '2026-11-23T10:00:00.000Z';

export function sampleSnapshot(): ProjectSnapshot {
  return {
    project: {
      id: P,
      name: 'Passend onderwijs — ervaringen',
      description: 'Masterthesis; interviews met scholen in regio Noord (Friesland, Groningen).',
      createdAt: T,
      updatedAt: T,
      settings: { language: 'nl', coderName: 'Sanne de Vries' },
      codebookOrigin: {
        kind: 'predefined',
        codebookId: '000-renn4-inpandige-samenwerking',
        title: 'Inpandige samenwerking',
        version: '1.0.0',
        citation: 'Renn4 (2020). Inpandige samenwerking.',
      },
      phases: { open: { doneAt: T, by: 'Sanne de Vries' } },
      storyline: 'Samenwerking staat of valt met coördinatie.',
    },
    documents: [
      {
        id: D1,
        projectId: P,
        name: 'Interview 1 – directeur',
        sourceFileName: 'Interview 1 – directeur.docx',
        format: 'docx',
        encoding: 'utf-8',
        text: TEXT_1,
        checksum: 'a'.repeat(64),
        byteLength: 12345,
        importedAt: T,
        turns: turnsOf(TEXT_1).map((t, i) => (i === 0 ? { ...t, startTime: 0, endTime: 4.5 } : t)),
        speakers: [
          { label: 'Interviewer', role: { kind: 'interviewer' } },
          { label: 'R', role: { kind: 'respondent', respondentId: R1 } },
        ],
        media: { fileName: 'interview1.m4a', mimeType: 'audio/mp4', byteLength: 999, blobId: 'blob-1' },
        importWarnings: [{ key: 'import.warning.cuesWithoutSpeaker', params: { count: 3 } }],
        order: 0,
      },
      {
        id: D2,
        projectId: P,
        name: 'Interview 2',
        sourceFileName: 'interview2.txt',
        format: 'txt',
        encoding: 'windows-1252',
        text: TEXT_2,
        checksum: 'b'.repeat(64),
        byteLength: 321,
        importedAt: '2026-11-23T11:00:00.000Z',
        turns: turnsOf(TEXT_2),
        speakers: [
          { label: 'Onderzoeker', role: { kind: 'interviewer' } },
          { label: 'Leerkracht', role: { kind: 'unassigned' } },
        ],
        importWarnings: [],
        order: 1,
      },
    ],
    respondents: [
      { id: R1, projectId: P, pseudonym: 'Directeur 1', role: 'directeur', attributes: { locatie: 'School Noord', ronde: '1' }, createdAt: T },
      { id: R2, projectId: P, pseudonym: 'Leerkracht Ö', role: 'leerkracht', attributes: {}, createdAt: T },
    ],
    codes: [
      { id: C1, projectId: P, parentId: null, label: 'Samenwerking', color: '#3366ff', level: 'axial', description: 'Alles over samenwerking', order: 0, createdAt: T, updatedAt: T },
      { id: C2, projectId: P, parentId: C1, label: 'Coördinatie', color: '#ff6633', description: '', order: 1, createdAt: T, updatedAt: T },
    ],
    codings: [
      { id: K1, projectId: P, documentId: D1, codeId: C2, start: 80, end: 110, coder: 'Sanne de Vries', phase: 'open', valence: 'belemmerend', createdAt: T, updatedAt: T },
      { id: K2, projectId: P, documentId: D2, codeId: C1, start: 0, end: TEXT_2.length, coder: 'Sanne', phase: 'axial', memo: 'Let op: 🇧🇪', createdAt: T, updatedAt: T },
    ],
    memos: [
      { id: M1, projectId: P, target: { kind: 'project' }, title: 'Eerste indruk', text: 'Veel nadruk op coördinatie.', author: 'Sanne', createdAt: T, updatedAt: T },
      { id: M2, projectId: P, target: { kind: 'coding', id: K1 }, title: 'Twijfel', text: 'Is dit belemmerend?', author: 'Sanne', createdAt: T, updatedAt: T },
    ],
    codebookLog: [
      { id: L1, projectId: P, at: T, coder: 'Sanne de Vries', action: 'command.renameCode', params: { label: 'Coördinatie', target: 'Coördinatie "intern"' } },
    ],
    relations: [
      { id: E1, projectId: P, fromCodeId: C2, toCodeId: C1, type: 'isPartOf', note: 'Coördinatie hoort bij samenwerking', createdAt: T, updatedAt: T },
    ],
    themes: [
      {
        id: H1, projectId: P, label: 'Regie', definition: 'Wie houdt de regie?', layer: 'strategie', order: 0, color: '#3366ff',
        categoryIds: [C1], keyQuoteIds: [K1], summary: '', createdAt: T, updatedAt: T,
      },
    ],
  };
}

/** Deterministic ids and time for commands. */
export function testContext(prefix = 'id') {
  let n = 0;
  return { now: '2026-11-24T09:00:00.000Z', newId: () => `${prefix}-${++n}` };
}
