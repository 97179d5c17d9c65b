/**
 * A small project whose report figures are computed by hand (see report.test.ts): 3 interviews,
 * 3 respondents in 2 roles (one speaker label is a real name), 2 axial categories with 2 open codes
 * each, 10 codings with valences, 2 themes with key quotes, pseudonym rules for a person and a
 * school, and the Dutch characters ë ï é ‘ ’ “ ” – … € in quotes, summary and storyline.
 */
import type { Code, Coding, Document, ProjectSnapshot, SpeakerTurn, Theme, Valence } from '../../../src/shared/model/types';

const P = 'p-report';
const T = '2024-03-01T09:00:00.000Z';

function doc(id: string, order: number, importedAt: string, respondentLabel: string, respondentId: string, turns: [string, string, number][]): Document {
  let text = '';
  const out: SpeakerTurn[] = [];
  for (const [speaker, said, startTime] of turns) {
    const line = `${speaker}: ${said}`;
    out.push({ speaker, start: text.length + speaker.length + 2, end: text.length + line.length, startTime });
    text += line + '\n';
  }
  return {
    id, projectId: P, name: `Interview ${order + 1}`, sourceFileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', text, checksum: id, byteLength: text.length,
    importedAt, turns: out, order, importWarnings: [],
    speakers: [
      { label: 'Interviewer', role: { kind: 'interviewer' } },
      { label: respondentLabel, role: { kind: 'respondent', respondentId } },
    ],
  };
}

export const QUOTE_K1 = 'We delen één ‘gezamenlijke’ visie: het “kind centraal” – dat is reëel en naïef tegelijk…';

export function reportFixture(): ProjectSnapshot {
  const documents = [
    doc('d1', 0, '2024-03-12T10:00:00.000Z', 'R', 'r1', [
      ['Interviewer', 'Hoe ervaart u de visie van De Kompasroos?', 0],
      ['R', `${QUOTE_K1} Zegt Gerard Hofstee ook.`, 12],
      ['Interviewer', 'En de financiën?', 95],
      ['R', 'De financiering is elk jaar onzeker, dat kost ons €500 per leerling.', 101],
    ]),
    doc('d2', 1, '2024-03-14T10:00:00.000Z', 'Leerkracht', 'r2', [
      ['Interviewer', 'Wat belemmert de samenwerking?', 0],
      ['Leerkracht', 'Door de privacyregels mogen we niets delen. Ook de visie verschilt per organisatie.', 761],
    ]),
    doc('d3', 2, '2024-03-20T10:00:00.000Z', 'Gerard Hofstee', 'r3', [
      ['Interviewer', 'Wat werkt goed?', 0],
      ['Gerard Hofstee', 'We hebben één visie afgesproken met de zorgpartner. Het budget is wel krap. Privacy is goed geregeld.', 3665],
    ]),
  ];
  const code = (id: string, label: string, parentId: string | null, level: string, order: number, description = ''): Code => ({
    id, projectId: P, parentId, label, color: '#336699', level, description, order, createdAt: T, updatedAt: T,
  });
  const codes = [
    code('a1', 'Visie', null, 'axial', 0, 'Het gezamenlijke doel van school en zorg.'),
    code('o1', 'Gezamenlijke visie', 'a1', 'open', 0),
    code('o2', 'Verschil in visie', 'a1', 'open', 1),
    code('a2', 'Randvoorwaarden', null, 'axial', 1, 'Geld, tijd en regels die de samenwerking dragen.'),
    code('o3', 'Financiën', 'a2', 'open', 0),
    code('o4', 'Privacy', 'a2', 'open', 1),
  ];
  const byId = new Map(documents.map((d) => [d.id, d]));
  const coding = (id: string, documentId: string, codeId: string, fragment: string, valence?: Valence): Coding => {
    const start = byId.get(documentId)!.text.indexOf(fragment);
    if (start < 0) throw new Error(`fixture: "${fragment}" not in ${documentId}`);
    const c: Coding = { id, projectId: P, documentId, codeId, start, end: start + fragment.length, coder: 'Sanne', phase: 'open', createdAt: T, updatedAt: T };
    if (valence) c.valence = valence;
    return c;
  };
  const codings = [
    coding('k1', 'd1', 'o1', QUOTE_K1, 'bevorderend'),
    coding('k2', 'd1', 'o3', 'De financiering is elk jaar onzeker', 'belemmerend'),
    coding('k3', 'd2', 'o4', 'Door de privacyregels mogen we niets delen.', 'belemmerend'),
    coding('k4', 'd2', 'o2', 'Ook de visie verschilt per organisatie.', 'belemmerend'),
    coding('k5', 'd3', 'o1', 'We hebben één visie afgesproken met de zorgpartner.', 'bevorderend'),
    coding('k6', 'd3', 'o3', 'Het budget is wel krap.', 'belemmerend'),
    coding('k7', 'd3', 'o4', 'Privacy is goed geregeld.', 'bevorderend'),
    coding('k8', 'd1', 'o1', 'visie van De Kompasroos'),
    coding('k9', 'd2', 'o2', 'de visie verschilt', 'neutraal'),
    coding('k10', 'd1', 'o3', 'dat kost ons €500 per leerling', 'belemmerend'),
  ];
  const theme = (id: string, label: string, order: number, categoryIds: string[], keyQuoteIds: string[], summary: string): Theme => ({
    id, projectId: P, label, definition: `Definitie van ${label.toLowerCase()}.`, layer: '', order, color: '#2f5496', categoryIds, keyQuoteIds, summary, createdAt: T, updatedAt: T,
  });
  return {
    project: {
      id: P, name: 'Samenwerking op De Kompasroos', description: '', createdAt: T, updatedAt: T,
      settings: { language: 'nl', coderName: 'Sanne' },
      codebookOrigin: { kind: 'predefined', codebookId: '000', title: 'RENN4', version: '1', citation: 'Strockmeijer, J. (2023)' },
      storyline: 'De visie draagt de samenwerking; de randvoorwaarden – geld en privacy – bepalen of zij ‘werkt’.',
      pseudonyms: [
        { name: 'Gerard Hofstee', replacement: '[directeur]' },
        { name: 'De Kompasroos', replacement: '[school]' },
      ],
    },
    documents,
    respondents: [
      { id: 'r1', projectId: P, pseudonym: 'Leerkracht 1', role: 'leerkracht', attributes: {}, createdAt: T },
      { id: 'r2', projectId: P, pseudonym: 'Leerkracht 2', role: 'leerkracht', attributes: {}, createdAt: T },
      { id: 'r3', projectId: P, pseudonym: 'Directeur 1', role: 'directeur', attributes: {}, createdAt: T },
    ],
    codes,
    codings,
    memos: [],
    codebookLog: [],
    relations: [],
    themes: [
      theme('t2', 'Praktische randvoorwaarden', 1, ['a2'], ['k3'], 'Geld en privacy belemmeren vaker dan zij helpen (tot €500 per leerling).'),
      theme('t1', 'Gedeelde visie', 0, ['a1'], ['k5', 'k1'], 'Een gedeelde visie is een voorwaarde – zo zegt ook Gerard Hofstee van De Kompasroos.'),
    ],
  };
}
