import { describe, expect, it } from 'vitest';
import { applyToSnapshot, invertChangeSet } from '../../../src/shared/model/changes';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { setPseudonyms } from '../../../src/shared/project/commands';
import { parseProjectFile, serializeProject } from '../../../src/shared/project/file-format';
import {
  attributionFor,
  cachedPseudonymise,
  exportRules,
  formatTimestamp,
  pseudonymise,
  respondentLabel,
} from '../../../src/shared/report/pseudonymise';
import { fixture } from '../analysis/fixture';

const RULES = [
  { name: 'Zoë van Dijk', replacement: '[leerling]' },
  { name: 'Zoë', replacement: '[Z]' },
  { name: 'Gerard Hofstee', replacement: '[directeur]' },
  { name: 'De Kompasroos', replacement: '[school]' },
  { name: 'De Kompasroos locatie Noord', replacement: '[school, locatie]' },
  { name: 'Ommerdijk', replacement: '[plaats]' },
];

describe('pseudonymise', () => {
  it('ignores case and diacritics, both ways', () => {
    expect(pseudonymise('Zoë, Zoe, ZOË en zoe.', RULES)).toBe('[Z], [Z], [Z] en [Z].');
    expect(pseudonymise('Zoe\u0308 (decomposed)', RULES)).toBe('[Z] (decomposed)');
    expect(pseudonymise('in OMMERDIJK', [{ name: 'Ommerdíjk', replacement: 'X' }])).toBe('in X');
  });

  it('matches whole words only', () => {
    expect(pseudonymise('Zoëtje en Ommerdijker en Ommerdijk-Zuid', RULES)).toBe('Zoëtje en Ommerdijker en [plaats]-Zuid');
    expect(pseudonymise("Zoë's juf", RULES)).toBe("[Z]'s juf");
    expect(pseudonymise('Gerard Hofsteeweg', RULES)).toBe('Gerard Hofsteeweg');
  });

  it('matches names split across a line break or several spaces', () => {
    expect(pseudonymise('meneer Gerard\nHofstee zei', RULES)).toBe('meneer [directeur] zei');
    expect(pseudonymise('meneer Gerard  \n  Hofstee zei', RULES)).toBe('meneer [directeur] zei');
    expect(pseudonymise('Zoë\tvan   Dijk', RULES)).toBe('[leerling]');
  });

  it('replaces longest names first', () => {
    expect(pseudonymise('Op De Kompasroos locatie Noord en De Kompasroos.', RULES)).toBe('Op [school, locatie] en [school].');
    expect(pseudonymise('Zoë van Dijk en Zoë', RULES)).toBe('[leerling] en [Z]');
  });

  it('keeps everything else exactly and handles empty input', () => {
    const text = '  Géén namen hier,\r\n\tmaar wel "tekst" €5 😀 — klaar.  ';
    expect(pseudonymise(text, RULES)).toBe(text);
    expect(pseudonymise('', RULES)).toBe('');
    expect(pseudonymise('Zoë', [])).toBe('Zoë');
    expect(pseudonymise('Zoë', undefined)).toBe('Zoë');
    expect(pseudonymise('Zoë', [{ name: '  ', replacement: 'x' }])).toBe('Zoë');
    expect(pseudonymise('😀 Zoë 😀', RULES)).toBe('😀 [Z] 😀');
  });

  it('treats regex characters in names literally', () => {
    expect(pseudonymise('St. Jozef en St Jozef', [{ name: 'St. Jozef', replacement: '[school]' }])).toBe('[school] en St Jozef');
    expect(pseudonymise('a (b) c', [{ name: '(b)', replacement: 'B' }])).toBe('a B c');
  });

  it('matches a Greek name whose final sigma only appears when the whole word is lower-cased', () => {
    // Folded alone, "Σ" becomes "σ"; the name folded as a word ends in "ς". Both must meet.
    expect(pseudonymise('Toen zei ΑΛΈΞΗΣ het.', [{ name: 'Αλέξης', replacement: '[leerling]' }])).toBe('Toen zei [leerling] het.');
  });

  it('remembers short results without changing them', () => {
    const p = cachedPseudonymise(RULES);
    expect(p('Zoë')).toBe('[Z]');
    expect(p('Zoë')).toBe('[Z]');
    const long = `${'lange tekst '.repeat(20)}over Gerard Hofstee`;
    expect(p(long)).toBe(`${'lange tekst '.repeat(20)}over [directeur]`);
  });
});

describe('respondentLabel and attributionFor', () => {
  it('labels a respondent by pseudonym and role', () => {
    expect(respondentLabel({ pseudonym: 'Respondent A', role: 'leerkracht' })).toBe('Respondent A (leerkracht)');
    expect(respondentLabel({ pseudonym: 'Leerkracht 1', role: 'leerkracht' })).toBe('Leerkracht 1');
    expect(respondentLabel({ pseudonym: '', role: 'ouder' })).toBe('ouder');
  });

  it('formats timestamps', () => {
    expect(formatTimestamp(761)).toBe('00:12:41');
    expect(formatTimestamp(3600 * 2 + 5.9)).toBe('02:00:05');
  });

  it('attributes by role, interview number and time — never a name', () => {
    const snap = fixture();
    const d2 = snap.documents.find((d) => d.id === 'D2')!;
    // D2 (order 1): turn 1 is Bert (leerkracht), startTime 110.
    expect(attributionFor(snap, { documentId: 'D2', start: d2.turns[1].start })).toBe('(leerkracht, interview 2, 00:01:50)');
    expect(attributionFor(snap, { documentId: 'D2', start: d2.turns[2].start }, 'en')).toBe('(directeur, interview 2, 00:02:00)');
    // Interviewer turn and text outside turns: "respondent".
    expect(attributionFor(snap, { documentId: 'D2', start: d2.turns[0].start })).toBe('(respondent, interview 2, 00:01:40)');
    const noTime: ProjectSnapshot = { ...snap, documents: snap.documents.map((d) => ({ ...d, turns: d.turns.map(({ startTime: _s, ...t }) => t) })) };
    expect(attributionFor(noTime, { documentId: 'D1', start: 0 })).toBe('(respondent, interview 1)');
  });
});

describe('exportRules', () => {
  it('adds speaker labels that are real names, not generic labels or pseudonyms', () => {
    const snap = fixture();
    const withNames: ProjectSnapshot = {
      ...snap,
      project: { ...snap.project, pseudonyms: [{ name: 'Ommerdijk', replacement: '[plaats]' }] },
      respondents: snap.respondents.map((r) => ({ ...r, pseudonym: `Respondent ${r.id}` })),
      documents: snap.documents.map((d) => ({
        ...d,
        speakers: d.speakers.map((s) => (s.label === 'Anna' ? { ...s, label: 'Anna de Vries' } : s.label === 'Bert' ? { ...s, label: 'R2' } : s)),
      })),
    };
    const rules = exportRules(withNames);
    expect(rules).toContainEqual({ name: 'Ommerdijk', replacement: '[plaats]' });
    expect(rules).toContainEqual({ name: 'Anna de Vries', replacement: 'Respondent R1 (leerkracht)' });
    expect(rules.some((r) => r.name === 'R2' || r.name === 'Interviewer')).toBe(false);
    expect(rules).toContainEqual({ name: 'Carla', replacement: 'Respondent R3 (directeur)' });
  });
});

describe('setPseudonyms', () => {
  it('sets the cleaned list undoably and round-trips through the project file', () => {
    const snap = fixture();
    const set = setPseudonyms(snap, [
      { name: '  Gerard   Hofstee ', replacement: ' [directeur] ' },
      { name: 'gérard hofstee', replacement: 'dup' },
      { name: '', replacement: 'leeg' },
      { name: 'Ommerdijk', replacement: '[plaats]' },
    ], { now: '2026-12-01T00:00:00.000Z' });
    expect(set.name).toBe('command.setPseudonyms');
    expect(set.params).toEqual({ count: 2 });
    const after = applyToSnapshot(snap, set);
    expect(after.project.pseudonyms).toEqual([
      { name: 'Gerard Hofstee', replacement: '[directeur]' },
      { name: 'Ommerdijk', replacement: '[plaats]' },
    ]);
    expect(after.project.updatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(applyToSnapshot(after, invertChangeSet(set)).project).toEqual(snap.project);

    const parsed = parseProjectFile('p.werkbank', serializeProject(after));
    expect(parsed.ok && parsed.snapshot.project.pseudonyms).toEqual(after.project.pseudonyms);
    const cleared = applyToSnapshot(after, setPseudonyms(after, []));
    expect('pseudonyms' in cleared.project).toBe(false);
  });

  it('rejects malformed lists in a project file', () => {
    const snap = fixture();
    const bad = (pseudonyms: unknown) => {
      const json = JSON.parse(new TextDecoder().decode(serializeProject(snap)));
      json.project.pseudonyms = pseudonyms;
      return parseProjectFile('p.werkbank', new TextEncoder().encode(JSON.stringify(json)));
    };
    expect(bad([{ name: 'Zoë', replacement: '[leerling]' }]).ok).toBe(true);
    for (const v of ['Zoë', [{ name: 'Zoë' }], [{ name: '', replacement: 'x' }], [{ name: 1, replacement: 'x' }]]) {
      const r = bad(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(String(r.error.params?.path ?? '')).toContain('project.pseudonyms');
    }
  });
});
