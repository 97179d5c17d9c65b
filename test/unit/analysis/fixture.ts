/**
 * A small hand-counted project for the analysis tests. Three documents, three respondents with two
 * roles (Anna and Bert leerkracht, Carla directeur), an interviewer in every document; two
 * categories (CAT1 with A, B, C; CAT2 with D, E) and a loose open code F; fifteen codings k1..k15
 * with deliberate overlaps and same-turn pairs (see the table below; ranges are turn-relative).
 */
import type { Code, Coding, Document, ProjectSnapshot, Respondent, Valence } from '../../../src/shared/model/types';

const T = '2026-11-23T10:00:00.000Z';
export const P = 'proj';

const S = 'Wij overleggen elke week samen. Dat gaat goed met de rolverdeling. Soms is er geen tijd.';

type Line = [speaker: string, content: string];
function doc(id: string, order: number, lines: Line[], speakers: Document['speakers']): Document {
  let text = '';
  const turns: Document['turns'] = [];
  for (const [speaker, content] of lines) {
    if (text) text += '\n';
    const start = text.length + speaker.length + 2;
    text += `${speaker}: ${content}`;
    turns.push({ speaker, start, end: text.length, startTime: order * 100 + turns.length * 10 });
  }
  return {
    id, projectId: P, name: `Interview ${order + 1}`, sourceFileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', text,
    checksum: id.repeat(8), byteLength: text.length, importedAt: T, turns, speakers, importWarnings: [], order,
  };
}

const interviewer = { label: 'Interviewer', role: { kind: 'interviewer' as const } };
const resp = (label: string, respondentId: string) => ({ label, role: { kind: 'respondent' as const, respondentId } });

export const DOCS = [
  doc('D1', 0, [['Interviewer', 'Hoe gaat het overleg? Vertel eens.'], ['Anna', S], ['Interviewer', 'En verder?'], ['Anna', S]], [interviewer, resp('Anna', 'R1')]),
  doc('D2', 1, [['Interviewer', 'Hoe gaat het?'], ['Bert', S], ['Carla', S]], [interviewer, resp('Bert', 'R2'), resp('Carla', 'R3')]),
  doc('D3', 2, [['Interviewer', 'Wat vindt u?'], ['Carla', S]], [interviewer, resp('Carla', 'R3')]),
];

const respondent = (id: string, pseudonym: string, role: string, locatie: string): Respondent => ({
  id, projectId: P, pseudonym, role, attributes: { locatie }, createdAt: T,
});
export const RESPONDENTS = [
  respondent('R1', 'Anna', 'leerkracht', 'Noord'),
  respondent('R2', 'Bert', 'leerkracht', 'Zuid'),
  respondent('R3', 'Carla', 'directeur', 'Noord'),
];

const code = (id: string, parentId: string | null, order: number, level: string, description = ''): Code => ({
  id, projectId: P, parentId, label: `Code ${id}`, color: '#336699', level, description, order, createdAt: T, updatedAt: T,
});
export const CODES = [
  code('CAT1', null, 0, 'axial', 'Samenwerking tussen professionals'),
  code('A', 'CAT1', 0, 'open'),
  code('B', 'CAT1', 1, 'open'),
  code('C', 'CAT1', 2, 'open'),
  code('CAT2', null, 1, 'axial'),
  code('D', 'CAT2', 0, 'open'),
  code('E', 'CAT2', 1, 'open'),
  code('F', null, 2, 'open'),
];
/** Codebook (depth-first) order. */
export const TREE_ORDER = ['CAT1', 'A', 'B', 'C', 'CAT2', 'D', 'E', 'F'];

//        id     doc   turn code    start end  valence          coder
const TABLE: [string, string, number, string, number, number, Valence | null, string][] = [
  ['k1', 'D1', 1, 'A', 0, 20, 'bevorderend', 'Sanne'],
  ['k2', 'D1', 1, 'B', 10, 30, null, 'Sanne'], // overlaps k1
  ['k3', 'D1', 1, 'D', 40, 50, null, 'Sanne'], // same turn as k1, k2
  ['k4', 'D1', 3, 'A', 0, 10, null, 'Sanne'],
  ['k5', 'D1', 3, 'A', 5, 15, null, 'Sanne'], // same code as k4: never a pair
  ['k6', 'D1', 3, 'C', 8, 12, null, 'Sanne'], // overlaps k4 and k5
  ['k7', 'D1', 0, 'D', 0, 10, null, 'Sanne'], // interviewer turn
  ['k8', 'D2', 1, 'B', 0, 25, 'belemmerend', 'Sanne'],
  ['k9', 'D2', 1, 'D', 20, 30, null, 'Sanne'], // overlaps k8
  ['k10', 'D2', 2, 'A', 0, 15, null, 'Piet'],
  ['k11', 'D2', 2, 'E', 30, 40, null, 'Piet'], // same turn as k10, no overlap
  ['k12', 'D3', 1, 'A', 0, 10, 'bevorderend', 'Sanne'],
  ['k13', 'D3', 1, 'D', 0, 10, null, 'Sanne'], // same range as k12
  ['k14', 'D3', 1, 'E', 20, 30, null, 'Sanne'],
  ['k15', 'D3', 1, 'CAT2', 40, 50, null, 'Sanne'], // coded on the category itself
];

export const CODINGS: Coding[] = TABLE.map(([id, documentId, turn, codeId, s, e, valence, coder]) => {
  const t = DOCS.find((d) => d.id === documentId)!.turns[turn];
  const c: Coding = { id, projectId: P, documentId, codeId, start: t.start + s, end: t.start + e, coder, phase: 'open', createdAt: T, updatedAt: T };
  if (valence) c.valence = valence;
  return c;
});

export function fixture(): ProjectSnapshot {
  return {
    project: { id: P, name: 'Fixture', description: '', createdAt: T, updatedAt: T, settings: { language: 'nl', coderName: 'Sanne' } },
    documents: structuredClone(DOCS),
    respondents: structuredClone(RESPONDENTS),
    codes: structuredClone(CODES),
    codings: structuredClone(CODINGS),
    memos: [],
    codebookLog: [],
    relations: [],
    themes: [],
  };
}

/** Deterministic time and coder; ids are unique across calls. */
let counter = 0;
export const ctx = () => ({ now: '2026-11-24T09:00:00.000Z', newId: () => `new-${++counter}`, coder: 'Tester' });
