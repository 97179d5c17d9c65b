/**
 * A realistic project for the report: the seven fixture transcripts imported as a student would,
 * speakers mapped to respondents, codebook 000 applied, a few dozen codings on respondent
 * sentences (chosen by keyword, with a valence), two themes with key quotes and summaries, a
 * storyline and the pseudonym list of every invented name in the transcripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCodebook, predefinedCodebookCodes } from '../../../src/shared/codebook/commands';
import { parseSourceFile } from '../../../src/shared/import';
import { applyToSnapshot } from '../../../src/shared/model/changes';
import type { Coding, Document, ProjectSnapshot, Respondent, Theme, Valence } from '../../../src/shared/model/types';
import { importDocuments, newProjectSnapshot } from '../../../src/shared/project/commands';

const DIR = join(import.meta.dirname, '../../../fixtures/transcripts');
const FILES = [
  '01-directeur-noord.txt',
  '02-leerkracht-noord.txt',
  '03-orthopedagoog-zuid.docx',
  '04-zorgpartner-zuid.vtt',
  '05-leerkracht-zuid.srt',
  '06-intern-begeleider-noord-teams.vtt',
  '07-jeugdhulp-noord-teams.docx',
];
/** Respondents per file: speaker label → role (labels not listed are the interviewer). */
const SPEAKERS: Record<string, string>[] = [
  { Respondent: 'directeur' },
  { R: 'leerkracht' },
  { Orthopedagoog: 'orthopedagoog' },
  { 'Marco de Wit': 'zorgpartner' },
  { Ilse: 'leerkracht' },
  { 'Hanneke Bosma': 'intern begeleider' },
  { 'Youssef El Amrani': 'jeugdhulpverlener', 'Joke Veenstra': 'zorgpartner' },
];
export const REAL_NAMES = [
  'Gerard Hofstee', 'Marieke Zwart', 'Esther Verhoeven', 'Marco de Wit', 'Ilse Brouwer', 'Hanneke Bosma', 'Youssef El Amrani', 'Joke Veenstra', 'Sanne Kuipers',
];
const PSEUDONYMS = [
  ...REAL_NAMES.map((name) => ({ name, replacement: '[naam]' })),
  ...['Gerard', 'Marieke', 'Esther', 'Marco', 'Ilse', 'Hanneke', 'Youssef', 'Joke', 'Sanne'].map((name) => ({ name, replacement: '[naam]' })),
  ...['Jordi', 'Sara', 'Daan', 'Noor', 'Kevin', 'Lieke', 'Mees', 'Thijs', 'Bram', 'Fenna', 'Sem', 'Luuk'].map((name) => ({ name, replacement: '[leerling]' })),
  { name: 'De Kompasroos', replacement: '[school]' },
  { name: 'Kompasroos', replacement: '[school]' },
  { name: 'Ommerdijk', replacement: '[plaats]' },
  { name: 'Zandhorst', replacement: '[plaats]' },
  { name: 'Zorgcollectief Wadlicht', replacement: '[zorgaanbieder]' },
  { name: 'Wadlicht', replacement: '[zorgaanbieder]' },
  { name: 'Veldhoek Jeugd & Gezin', replacement: '[zorgaanbieder]' },
  { name: 'Veldhoek', replacement: '[zorgaanbieder]' },
  { name: 'SWV Noorderkim', replacement: '[samenwerkingsverband]' },
  { name: 'Noorderkim', replacement: '[samenwerkingsverband]' },
];

/** Keyword → open code of codebook 000 (first match wins). */
const RULES: { re: RegExp; code: string }[] = [
  { re: /\b(privacy|AVG|toestemming)\b/i, code: 'AVG-beperkingen' },
  { re: /\b(subsidie|geld|financier\w*|budget|jaarlijks)\b/i, code: 'Financiering' },
  { re: /\b(wissel\w*|verloop|vertrokken|weggegaan|nieuwe collega)\b/i, code: 'Wisseling werknemers' },
  { re: /\b(rooster|lokaal|ruimte|faciliteit\w*)\b/i, code: 'Faciliteiten' },
  { re: /\bvisie\b/i, code: 'Gezamenlijke visie' },
  { re: /\b(centraal|het kind|de leerling voorop)\b/i, code: 'Leerling centraal' },
  { re: /\b(verschil|botst|anders kijken)\b/i, code: 'Verschil in visie' },
  { re: /\b(rol|rollen|wie doet wat)\b/i, code: 'Rol ambiguïteit' },
  { re: /\b(verantwoordelijk\w*|mandaat)\b/i, code: 'Gedeelde verantwoordelijkheid' },
  { re: /\b(zorg en onderwijs|onderwijs en zorg)\b/i, code: 'Zorg/onderwijs verdeling' },
  { re: /\b(overleg\w*|afstemm\w*|bellen|mail)\b/i, code: 'Onderlinge communicatie' },
];
const NEGATIVE = /\b(niet|geen|lastig|probleem|moeilijk|jammer|mis|frustr\w*|helaas|nooit|zorgen over|te weinig|ontbreekt)\b/i;

export async function realisticProject(): Promise<ProjectSnapshot> {
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const ctx = (i: number) => ({ now: `2024-03-${String(12 + i).padStart(2, '0')}T10:00:00.000Z`, newId, coder: 'Sanne' });
  let s = newProjectSnapshot({ name: 'Inpandige samenwerking VSO De Kompasroos', settings: { language: 'nl', coderName: 'Sanne Kuipers' } }, ctx(0));
  for (const [i, file] of FILES.entries()) {
    const parsed = await parseSourceFile({ name: file, bytes: new Uint8Array(readFileSync(join(DIR, file))) });
    if (!parsed.ok) throw new Error(`fixture ${file}: ${parsed.error.key}`);
    s = applyToSnapshot(s, importDocuments(s, [{ fileName: file, checksum: parsed.checksum, byteLength: parsed.byteLength, transcript: parsed.transcript }], ctx(i)));
  }
  // Speakers → respondents (pseudonym by role, never the name).
  const respondents: Respondent[] = [];
  const counter = new Map<string, number>();
  s.documents = s.documents.map((doc, i): Document => {
    const speakers = doc.speakers.map((sp) => {
      const role = SPEAKERS[i][sp.label];
      if (!role) return { label: sp.label, role: { kind: 'interviewer' as const } };
      counter.set(role, (counter.get(role) ?? 0) + 1);
      const r: Respondent = {
        id: newId(), projectId: s.project.id, pseudonym: `${role[0].toUpperCase()}${role.slice(1)} ${counter.get(role)}`, role,
        attributes: { locatie: /noord/.test(FILES[i]) ? 'Noord' : 'Zuid' }, createdAt: doc.importedAt,
      };
      respondents.push(r);
      return { label: sp.label, role: { kind: 'respondent' as const, respondentId: r.id } };
    });
    return { ...doc, speakers };
  });
  s.respondents = respondents;
  const pre = predefinedCodebookCodes('000-renn4-inpandige-samenwerking', { now: s.project.createdAt, newId });
  s = applyToSnapshot(s, applyCodebook(s, pre, pre.origin, ctx(0)));
  // First code of a label wins (codebook 000 has "Visie" as axial code and as theoretical frame).
  const codeByLabel = new Map([...s.codes].reverse().map((c) => [c.label, c]));

  // Codings: respondent sentences that match a keyword, at most 9 per interview.
  const codings: Coding[] = [];
  for (const doc of s.documents) {
    const respondentLabels = new Set(doc.speakers.filter((sp) => sp.role.kind === 'respondent').map((sp) => sp.label));
    let inDoc = 0;
    for (const turn of doc.turns) {
      if (!respondentLabels.has(turn.speaker) || inDoc >= 9) continue;
      const text = doc.text.slice(turn.start, turn.end);
      for (const m of text.matchAll(/[^.!?…]+[.!?…]+["”’]?/g)) {
        const sentence = m[0];
        const lead = sentence.length - sentence.trimStart().length;
        const body = sentence.trim();
        if (body.length < 60 || body.length > 420) continue;
        const rule = RULES.find((r) => r.re.test(body));
        if (!rule) continue;
        const start = turn.start + m.index + lead;
        const valence: Valence = NEGATIVE.test(body) ? 'belemmerend' : 'bevorderend';
        codings.push({
          id: newId(), projectId: s.project.id, documentId: doc.id, codeId: codeByLabel.get(rule.code)!.id, start, end: start + body.length,
          coder: 'Sanne Kuipers', phase: 'open', valence, createdAt: doc.importedAt, updatedAt: doc.importedAt,
        });
        if (++inDoc >= 9) break;
      }
    }
  }
  s.codings = codings;
  const cat = (label: string) => codeByLabel.get(label)!.id;
  const byCat = (labels: string[]) => {
    const ids = new Set(s.codes.filter((c) => labels.includes(c.label) || labels.some((l) => c.parentId === cat(l))).map((c) => c.id));
    return codings.filter((c) => ids.has(c.codeId));
  };
  const pick = (list: Coding[], k: number) => {
    // Spread over interviews: at most one quote per document.
    const seen = new Set<string>();
    return list.filter((c) => !seen.has(c.documentId) && seen.add(c.documentId)).slice(0, k).map((c) => c.id);
  };
  const T = '2024-04-02T10:00:00.000Z';
  const theme = (over: Partial<Theme> & Pick<Theme, 'label' | 'order'>): Theme => ({
    id: newId(), projectId: s.project.id, definition: '', layer: '', color: '#2f5496', categoryIds: [], keyQuoteIds: [], summary: '', createdAt: T, updatedAt: T, ...over,
  });
  const visie = byCat(['Visie']);
  const rand = byCat(['Praktische randvoorwaarden']);
  const rollen = byCat(['Verantwoordelijkheden en rollen']);
  s.themes = [
    theme({
      label: 'Gedeelde visie', order: 0, layer: 'Visie',
      definition: 'De mate waarin school en zorgpartner een gezamenlijk doel nastreven en dat vertalen naar de dagelijkse praktijk – van ‘samen de schouders eronder’ tot het kind centraal.',
      categoryIds: [cat('Visie')],
      keyQuoteIds: pick(visie, 4),
      summary:
        'Vrijwel alle respondenten noemen een gedeelde visie een voorwaarde voor de samenwerking. Waar de visie concreet is gemaakt in afspraken, wordt de samenwerking als succesvol ervaren; waar zij vooral een intentie bleef, drijven school en zorg uit elkaar.\n\nOpvallend is dat Gerard Hofstee en zijn collega’s van De Kompasroos het kind centraal stellen als gemeenschappelijke noemer, óók wanneer de uitwerking stroef loopt…',
    }),
    theme({
      label: 'Praktische randvoorwaarden', order: 1, layer: 'Strategie en randvoorwaarden',
      definition: 'Financiering, personeel, faciliteiten en de AVG: wat de samenwerking mogelijk maakt of juist in de weg staat, én hoe rollen en verantwoordelijkheden verdeeld zijn.',
      categoryIds: [cat('Praktische randvoorwaarden'), cat('Verantwoordelijkheden en rollen')],
      keyQuoteIds: [...pick(rand, 3), ...pick(rollen, 2)],
      summary:
        'Jaarlijkse financiering en het verloop van personeel worden het vaakst als belemmerend genoemd. De AVG maakt het delen van informatie over leerlingen als Jordi en Sara lastig; heldere afspraken over wie wat doet werken bevorderend.',
    }),
  ];
  s.project = {
    ...s.project,
    pseudonyms: PSEUDONYMS,
    storyline:
      'De inpandige samenwerking staat of valt met een gedeelde visie die concreet is gemaakt in een strategie. Die strategie moet vervolgens gedragen worden door praktische randvoorwaarden: financiering voor meer dan één jaar, vaste gezichten en ruimte om af te stemmen.\n\nWaar die randvoorwaarden ontbreken, vervagen de rollen op een manier die niet als ‘maatwerk’ maar als onduidelijkheid wordt ervaren – zo vatte de orthopedagoog van locatie Zandhorst het samen.',
  };
  return s;
}
