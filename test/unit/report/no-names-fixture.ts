/**
 * A project whose transcripts mention listed names with diacritics ("Zoë van Dijk", "Gerard
 * Hofstee", "De Kompasroos", "Ommerdijk"), one split across a line break, and whose speaker labels
 * are respondents' real names — for the acceptance test that no name survives any export.
 */
import type { Code, Coding, Document, ProjectSnapshot, Respondent, Theme } from '../../../src/shared/model/types';

const T = '2026-11-23T10:00:00.000Z';
const P = 'p-names';

export const LISTED = [
  { name: 'Zoë van Dijk', replacement: '[leerling]' },
  { name: 'Gerard Hofstee', replacement: '[directeur]' },
  { name: 'De Kompasroos', replacement: '[school]' },
  { name: 'Ommerdijk', replacement: '[woonplaats]' },
];
/** Respondents' real names, used only as speaker labels in the transcripts. */
export const REAL_NAMES = ['Marieke Brouwer', 'Jeroen Koçak'];

function doc(id: string, order: number, lines: [string, string][], speakers: Document['speakers']): Document {
  let text = '';
  const turns: Document['turns'] = [];
  for (const [speaker, content] of lines) {
    if (text) text += '\n';
    text += `${speaker}: `;
    const start = text.length;
    text += content;
    turns.push({ speaker, start, end: text.length, startTime: 60 * (order + 1) + turns.length * 30, endTime: 60 * (order + 1) + turns.length * 30 + 25 });
  }
  return {
    id, projectId: P, name: `Interview ${order + 1}`, sourceFileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', text,
    checksum: id.repeat(8), byteLength: text.length, importedAt: T, turns, speakers, importWarnings: [], order,
  };
}

const interviewer = { label: 'Interviewer', role: { kind: 'interviewer' as const } };

const D1 = doc('D1', 0, [
  ['Interviewer', 'Hoe werkt de zorg op De Kompasroos?'],
  ['Marieke Brouwer', 'Met ZOE VAN DIJK hebben we samen met meneer Gerard\nHofstee een plan gemaakt. Zoë van Dijk woont in Ommerdijk.'],
  ['Interviewer', 'En de ouders?'],
  ['Marieke Brouwer', 'De ouders uit ommerdíjk komen naar de kompasroos voor het overleg met Gérard Hofstee.'],
], [interviewer, { label: 'Marieke Brouwer', role: { kind: 'respondent', respondentId: 'R1' } }]);

const D2 = doc('D2', 1, [
  ['Interviewer', 'Wat vindt u van de samenwerking?'],
  ['Jeroen Koçak', 'Gerard   Hofstee\nregelt alles; Zoe van\nDijk is er blij mee. Ik ben Jeroen Koçak, orthopedagoog.'],
], [interviewer, { label: 'Jeroen Koçak', role: { kind: 'respondent', respondentId: 'R2' } }]);

const respondent = (id: string, pseudonym: string, role: string, locatie: string): Respondent => ({
  id, projectId: P, pseudonym, role, attributes: { locatie, ronde: '1' }, createdAt: T,
});

const code = (id: string, parentId: string | null, order: number, level: string, label: string): Code => ({
  id, projectId: P, parentId, label, color: '#336699', level, description: '', order, createdAt: T, updatedAt: T,
});

function coding(id: string, d: Document, turn: number, codeId: string, memo?: string, valence?: Coding['valence']): Coding {
  const t = d.turns[turn];
  const c: Coding = { id, projectId: P, documentId: d.id, codeId, start: t.start, end: t.end, coder: 'Sanne', phase: 'open', createdAt: T, updatedAt: T };
  if (memo) c.memo = memo;
  if (valence) c.valence = valence;
  return c;
}

const THEME: Theme = {
  id: 'TH1', projectId: P, label: 'Samenwerking', definition: 'Samenwerking rond de leerling', layer: 'strategie', order: 0,
  color: '#336699', categoryIds: ['CAT'], keyQuoteIds: ['c1', 'c3'], summary: 'Samen met Gerard Hofstee.', createdAt: T, updatedAt: T,
};

export function namesProject(): ProjectSnapshot {
  return {
    project: {
      id: P, name: 'Zorg op De Kompasroos', description: '', createdAt: T, updatedAt: T,
      settings: { language: 'nl', coderName: 'Sanne' }, pseudonyms: structuredClone(LISTED),
    },
    documents: [structuredClone(D1), structuredClone(D2)],
    respondents: [respondent('R1', 'Respondent A', 'intern begeleider', 'De Kompasroos'), respondent('R2', 'Respondent B', 'orthopedagoog', 'Ommerdijk')],
    codes: [code('CAT', null, 0, 'axial', 'Samenwerking'), code('A', 'CAT', 0, 'open', 'Plan met De Kompasroos'), code('B', 'CAT', 1, 'open', 'Betrokkenheid ouders')],
    codings: [
      coding('c1', D1, 1, 'A', 'Zoë van Dijk is de leerling.', 'bevorderend'),
      coding('c2', D1, 3, 'B', undefined, 'neutraal'),
      coding('c3', D2, 1, 'A', 'Gerard\nHofstee vaak genoemd', 'belemmerend'),
    ],
    memos: [],
    codebookLog: [],
    relations: [],
    themes: [THEME],
  };
}

/** Lower case without diacritics and with single spaces, for "does this name survive" checks. */
export function folded(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
}
