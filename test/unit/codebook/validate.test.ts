import { describe, expect, it } from 'vitest';
import { validateCodebook, validateCrosswalk } from '../../../src/shared/codebook/validate';
import type { CodebookError, CodebookFile } from '../../../src/shared/codebook/types';
import { translate } from '../../../src/shared/i18n';

const FILE = 'mijn-codeboek.json';

function base(): Record<string, unknown> {
  return {
    format: 'werkbank-codebook',
    formatVersion: 1,
    id: 'test',
    title: 'Test',
    language: 'nl',
    version: '1.0.0',
    source: { document: 'Auteur (2024). Titel. Instelling.', location: 'Bijlage I' },
    description: 'Testcodeboek',
    levels: [{ id: 'axial', label: 'Axiale code' }, { id: 'open', label: 'Open code' }],
    codes: [
      { id: 'a', parentId: null, label: 'Visie', level: 'axial', color: '#1f6fb4' },
      { id: 'a.1', parentId: 'a', label: 'Eigen visie', level: 'open', number: '1' },
      { id: 'a.2', parentId: 'a', label: 'Gezamenlijke visie', level: 'open', number: '2', valence: 'bevorderend', pairId: 'a.3' },
      { id: 'a.3', parentId: 'a', label: 'Verschil in visie', level: 'open', number: '3', valence: 'belemmerend', pairId: 'a.2' },
    ],
    mappings: [{ from: 'a.1', to: 'a.2', kind: 'editorial', source: 'test' }],
  };
}

function errorsOf(doc: unknown, raw?: string): CodebookError[] {
  const result = validateCodebook(FILE, raw ?? JSON.stringify(doc, null, 2));
  return result.ok ? [] : result.errors;
}

function codes(doc: Record<string, unknown>): Record<string, unknown>[] {
  return doc.codes as Record<string, unknown>[];
}

/** Every message names the file and the path, in both languages. */
function expectNamed(errors: CodebookError[]): void {
  for (const e of errors) {
    expect(e.params.file).toBe(FILE);
    for (const lang of ['nl', 'en'] as const) {
      const text = translate(lang, e.key, e.params);
      expect(text).not.toBe(e.key);
      expect(text).toContain(FILE);
      if (e.key !== 'codebook.error.json' && e.key !== 'codebook.error.jsonNoPosition') expect(text).toContain(e.params.path);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('validateCodebook', () => {
  it('accepts a valid codebook', () => {
    const result = validateCodebook(FILE, JSON.stringify(base()));
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.codebook as CodebookFile).codes).toHaveLength(4);
  });

  it('reports bad JSON with line and column', () => {
    const raw = '{\n  "format": "werkbank-codebook",\n  "id": "x",,\n}';
    const errors = errorsOf(null, raw);
    expect(errors).toHaveLength(1);
    expect(errors[0].key).toBe('codebook.error.json');
    expect(errors[0].params).toMatchObject({ file: FILE, path: '$', line: 3, column: 13 });
    expectNamed(errors);
  });

  it('reports truncated JSON at its end', () => {
    const errors = errorsOf(null, '{\n  "format": "werkbank-codebook",\n');
    expect(errors[0].key).toMatch(/^codebook\.error\.json/);
    expectNamed(errors);
  });

  it('reports a wrong format and a newer format version', () => {
    const wrong = errorsOf({ ...base(), format: 'refi-qda' });
    expect(wrong.map((e) => [e.key, e.params.path])).toEqual([['codebook.error.format', 'format']]);
    const newer = errorsOf({ ...base(), formatVersion: 2 });
    expect(newer.map((e) => [e.key, e.params.path, e.params.version, e.params.supported])).toEqual([['codebook.error.formatVersion', 'formatVersion', 2, 1]]);
    expectNamed([...wrong, ...newer]);
  });

  it('reports a duplicate id with both paths', () => {
    const doc = base();
    codes(doc)[3] = { ...codes(doc)[3], id: 'a.1', pairId: undefined };
    codes(doc)[2].pairId = undefined;
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path, e.params.id, e.params.first])).toEqual([
      ['codebook.error.duplicateId', 'codes[3].id', 'a.1', 'codes[1].id'],
    ]);
    expectNamed(errors);
  });

  it('reports a parent that does not exist', () => {
    const doc = base();
    codes(doc)[1].parentId = 'b';
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path, e.params.id])).toEqual([['codebook.error.missingParent', 'codes[1].parentId', 'b']]);
    expectNamed(errors);
  });

  it('reports a cycle once, with its members', () => {
    const doc = base();
    codes(doc)[0].parentId = 'a.1';
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path, e.params.cycle])).toEqual([['codebook.error.cycle', 'codes[0].parentId', 'a → a.1 → a']]);
    expectNamed(errors);
    const self = base();
    codes(self)[2].parentId = 'a.2';
    expect(errorsOf(self).map((e) => [e.key, e.params.path])).toEqual([['codebook.error.cycle', 'codes[2].parentId']]);
  });

  it('reports an empty label', () => {
    const doc = base();
    codes(doc)[2].label = '   ';
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path])).toEqual([['codebook.error.emptyLabel', 'codes[2].label']]);
    expectNamed(errors);
  });

  it('reports wrong types and missing fields with their JSON path', () => {
    const doc = base();
    codes(doc)[1].label = 42;
    delete codes(doc)[3].level;
    (doc.source as Record<string, unknown>).document = ['x'];
    doc.levels = 'open';
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path])).toEqual([
      ['codebook.error.type', 'source.document'],
      ['codebook.error.type', 'levels'],
      ['codebook.error.type', 'codes[1].label'],
      ['codebook.error.missing', 'codes[3].level'],
    ]);
    expect(errors[2].params).toMatchObject({ expected: 'string', found: 'number' });
    expectNamed(errors);
  });

  it('reports a non-object root', () => {
    const errors = errorsOf([1, 2]);
    expect(errors.map((e) => [e.key, e.params.path])).toEqual([['codebook.error.type', '$']]);
    expectNamed(errors);
  });

  it('reports pair and mapping references to missing ids', () => {
    const doc = base();
    codes(doc)[2].pairId = 'zz';
    (doc.mappings as Record<string, unknown>[])[0].to = 'qq';
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path, e.params.id])).toEqual([
      ['codebook.error.unknownPair', 'codes[2].pairId', 'zz'],
      ['codebook.error.pairMismatch', 'codes[3].pairId', 'a.2'],
      ['codebook.error.unknownMappingCode', 'mappings[0].to', 'qq'],
    ]);
    expectNamed(errors);
  });

  it('reports an invalid colour, an unknown level and an invalid valence', () => {
    const doc = base();
    codes(doc)[0].color = 'red';
    codes(doc)[1].level = 'selective';
    codes(doc)[2].valence = 'positief';
    const errors = errorsOf(doc);
    expect(errors.map((e) => [e.key, e.params.path])).toEqual([
      ['codebook.error.color', 'codes[0].color'],
      ['codebook.error.unknownLevel', 'codes[1].level'],
      ['codebook.error.invalidValue', 'codes[2].valence'],
    ]);
    expectNamed(errors);
  });
});

describe('validateCrosswalk', () => {
  const cb = base() as unknown as CodebookFile;
  it('accepts references to existing codes and reports missing ones with their path', () => {
    const ok = validateCrosswalk('cw.json', JSON.stringify({ format: 'werkbank-crosswalk', formatVersion: 1, concepts: [{ id: 'v', label: { nl: 'Visie', en: 'Vision' }, codes: ['a', 'a.1'] }] }), [cb]);
    expect(ok.ok).toBe(true);
    const bad = validateCrosswalk('cw.json', JSON.stringify({ format: 'werkbank-crosswalk', formatVersion: 1, concepts: [{ id: 'v', label: { nl: 'Visie', en: '' }, codes: ['a', 'nope'] }] }), [cb]);
    expect(bad.ok ? [] : bad.errors.map((e) => [e.key, e.params.file, e.params.path])).toEqual([
      ['codebook.error.emptyLabel', 'cw.json', 'concepts[0].label.en'],
      ['codebook.error.unknownCrosswalkCode', 'cw.json', 'concepts[0].codes[1]'],
    ]);
  });
});
