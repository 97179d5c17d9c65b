import { describe, expect, it } from 'vitest';
import { validateCodebook, validateCrosswalk } from '../../../src/shared/codebook/validate';
import type { CodebookFile } from '../../../src/shared/codebook/types';
import { PREDEFINED_CODEBOOKS, PREDEFINED_CODEBOOK_FILES, CROSSWALK } from '../../../src/shared/codebook/registry';
import { codebookFiles, normalise, readCodebookText, requireSeedDir, seedFileName, seedText } from './helpers';

function load(file: string): CodebookFile {
  const result = validateCodebook(file, readCodebookText(file));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.codebook;
}

const byPrefix = (prefix: string) => load(codebookFiles().find((f) => f.startsWith(prefix)) as string);
const children = (cb: CodebookFile, parentId: string | null) => cb.codes.filter((c) => c.parentId === parentId);
const labels = (cb: CodebookFile, level: string) => cb.codes.filter((c) => c.level === level).map((c) => c.label);

describe('shipped codebooks', () => {
  it('are the five seed codebooks', () => {
    expect(codebookFiles()).toEqual([
      '000-renn4-inpandige-samenwerking.json',
      '001-renn4-vooronderzoek.json',
      '002-oss-passend-onderwijs.json',
      '003-verwey-jonker-kennissynthese.json',
      '004-raamwerk-interprofessioneel-samenwerken.json',
    ]);
  });

  it.each(codebookFiles())('%s validates', (file) => {
    const result = validateCodebook(file, readCodebookText(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('are all in the registry, equal to the files on disk', () => {
    const files = codebookFiles();
    expect(PREDEFINED_CODEBOOKS.map((cb) => PREDEFINED_CODEBOOK_FILES[cb.id])).toEqual(files);
    for (const cb of PREDEFINED_CODEBOOKS) expect(cb).toEqual(load(PREDEFINED_CODEBOOK_FILES[cb.id]));
  });

  it('use code ids that are unique across all codebooks and prefixed with the document number', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const file of codebookFiles()) {
      for (const code of load(file).codes) {
        if (seen.has(code.id)) problems.push(`${code.id} in ${file} and ${seen.get(code.id)}`);
        if (!code.id.startsWith(`${file.slice(0, 3)}.`)) problems.push(`${code.id} in ${file} lacks its prefix`);
        seen.set(code.id, file);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name their seed file, and every top-level code has its own colour', () => {
    for (const file of codebookFiles()) {
      const cb = load(file);
      expect(cb.source.seedFile).toBe(seedFileName(file.slice(0, 3)));
      const tops = children(cb, null);
      for (const top of tops) expect({ id: top.id, color: top.color }).toEqual({ id: top.id, color: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
      expect(new Set(tops.map((t) => t.color)).size).toBe(tops.length);
    }
  });

  it('have every label verbatim in its seed text (whitespace normalised)', () => {
    requireSeedDir();
    for (const file of codebookFiles()) {
      const cb = load(file);
      const text = seedText(file.slice(0, 3));
      const missing = cb.codes.filter((c) => !text.includes(normalise(c.label))).map((c) => `${c.id}: ${c.label}`);
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });

  it('have every indicator text verbatim in its seed text', () => {
    for (const file of codebookFiles()) {
      const cb = load(file);
      const text = seedText(file.slice(0, 3));
      const missing = cb.codes.filter((c) => c.indicator && !text.includes(normalise(c.indicator))).map((c) => c.id);
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });
});

describe('000 RENN4 inpandige samenwerking (Bijlage I, Codelijst)', () => {
  // Read from ../shared/seeds/000_*.txt, L485–L599: axial code → numbered open codes.
  const EXPECTED: [string, string[]][] = [
    ['Deskundigheid', ['Aanwezigheid expertises', 'Eigen expertise', 'Expertise delen', 'Kennis expertise andere partij', 'Leren andere samenwerkingen']],
    ['Visie', ['Eigen visie', 'Gezamenlijke visie', 'Visie op samenwerking', 'Visie vorming', 'Leerling centraal', 'Samenwerking opzetten', 'Verschil in visie', 'Maatwerk', 'Noodzaak maatwerk']],
    ['Evaluatie', ['Bijstellen samenwerking', 'Draagvlak samenwerking', 'Frustratie', 'Meerwaarde samenwerking', 'Mogelijkheid betere samenwerking', 'Problemen huidige samenwerking', 'Samenwerking negatief zien', 'Voorwaarde goede samenwerking', 'Evaluatie']],
    ['Praktische randvoorwaarden', ['AVG-beperkingen', 'Faciliteiten', 'Financiering', 'Personeel', 'Wisseling werknemers', 'Staat van de zorg']],
    ['Verantwoordelijkheden en rollen', ['Flexibel zijn', 'Gedeelde verantwoordelijkheid', 'Rol ambiguïteit', 'Zorg/onderwijs verdeling', 'Directieniveau', 'Leerkrachtniveau', 'Verschil leerkracht-/directieniveau']],
    ['Onderlinge communicatie', ['Onderlinge communicatie']],
  ];

  it('has exactly 37 open codes in 6 axial groups, numbered 1–37 as in the appendix', () => {
    const cb = byPrefix('000');
    const axial = cb.codes.filter((c) => c.level === 'axial');
    expect(axial.map((a) => a.label)).toEqual(EXPECTED.map(([axis]) => axis));
    const open = cb.codes.filter((c) => c.level === 'open');
    expect(open).toHaveLength(37);
    const actual = axial.map((a) => [a.label, open.filter((o) => o.parentId === a.id).map((o) => o.label)]);
    expect(actual).toEqual(EXPECTED);
    expect(open.map((o) => o.number)).toEqual(Array.from({ length: 37 }, (_, i) => String(i + 1)));
  });

  it('finds each numbered open code and each axial label in the seed appendix', () => {
    const text = seedText('000');
    const appendix = text.slice(text.indexOf('Bijlage I, Codelijst'));
    let n = 0;
    for (const [axis, opens] of EXPECTED) {
      expect(appendix.includes(axis)).toBe(true);
      for (const label of opens) expect(appendix).toContain(`${++n}. ${label}`);
    }
  });

  it('has the 8 werkzame factoren, the 6 vooronderzoek factors, the 5 Bronstein components and their mappings', () => {
    const cb = byPrefix('000');
    expect(labels(cb, 'factor').slice(1)).toEqual([
      'Gezamenlijke visie en een gezamenlijke aanpak',
      'Helderheid over verantwoordelijkheden en rollen',
      'Deskundigheid en gezamenlijke professionalisering',
      'Communicatie',
      'Kennis van elkaars verantwoordelijkheden en werkwijze',
      'Zicht op kwaliteit en een periodieke evaluatie',
      'Voortbouwen op eerdere samenwerkingen',
      'Realiseren van praktische randvoorwaarden',
    ]);
    expect(children(cb, '000.vooronderzoek').map((c) => c.label)).toEqual(['Regie', 'Visie', 'Verantwoordelijkheid', 'Initiatie', 'Communicatie', 'Gezamenlijke afspraken']);
    expect(children(cb, '000.bronstein').map((c) => c.label)).toEqual([
      'Onderlinge afhankelijkheid', 'Nieuw gecreëerde professionele werkvormen', 'Flexibiliteit', 'Collectief eigendom van doelen', 'Reflecteren op het proces',
    ]);
    const topic = (cb.mappings ?? []).filter((m) => m.kind === 'source' && m.from.startsWith('000.factor.'));
    const targets = (f: number) => topic.filter((m) => m.from === `000.factor.${f}`).map((m) => m.to.split('.').slice(1).join('.'));
    expect(targets(1)).toEqual(['vooronderzoek.visie', 'vooronderzoek.gezamenlijke-afspraken', 'bronstein.flexibiliteit', 'bronstein.collectief-eigendom-van-doelen', 'bronstein.onderlinge-afhankelijkheid']);
    expect(targets(7)).toEqual([]);
    expect(targets(8)).toEqual(['bronstein.nieuw-gecreeerde-professionele-werkvormen']);
    // the wording the topiclijst uses, where it differs, is recorded and verbatim in the seed
    for (const m of topic.filter((m) => m.sourceLabel)) expect(seedText('000')).toContain(m.sourceLabel);
  });

  it('has a selective level: the six result themes and the missie/visie/strategie/randvoorwaarden layers', () => {
    const cb = byPrefix('000');
    expect(children(cb, '000.selective.resultaten').map((c) => c.label)).toEqual([
      'Visie', 'Deskundigheid', 'Verantwoordelijkheden en rollen', 'Onderlinge communicatie', 'Evaluatie', 'Praktische randvoorwaarden',
    ]);
    expect(children(cb, '000.selective.lagen').map((c) => c.label)).toEqual(['Missie', 'Visie', 'Strategie', 'Praktische randvoorwaarden']);
  });
});

describe('001 RENN4 vooronderzoek', () => {
  it('has the 6 hoofdcodes with their descriptions, 9 bevorderende and 8 belemmerende factoren, and CAREBAGS', () => {
    const cb = byPrefix('001');
    const hoofd = cb.codes.filter((c) => c.level === 'hoofdcode');
    expect(hoofd.map((c) => c.label)).toEqual([
      'Jeugdzorgpartners', 'Samenwerking: algemeen', 'Samenwerking: tevredenheid', 'Samenwerking: opbrengsten en wensen', 'Bevorderende of belemmerende factoren', 'Adviezen',
    ]);
    const text = seedText('001');
    for (const h of hoofd) expect(text).toContain(normalise(`${h.label} ${h.description}`));
    const factors = cb.codes.filter((c) => c.level === 'factor');
    expect(factors.filter((f) => f.valence === 'bevorderend')).toHaveLength(9);
    expect(factors.filter((f) => f.valence === 'belemmerend')).toHaveLength(8);
    expect(children(cb, '001.hoofd.algemeen').map((c) => c.label)).toEqual(['Regie.', 'Verantwoordelijkheid.', 'Communicatie.', 'Visie.', 'Initiatief.']);
    const care = children(cb, '001.carebags.care').map((c) => c.label);
    const bags = children(cb, '001.carebags.bags').map((c) => c.label);
    expect([...care, ...bags].map((l) => l[0].toUpperCase()).join('')).toBe('CAREBAGS');
  });
});

describe('002 gemeente Oss, operationalisatie', () => {
  it('has the 7 hoofdvariabelen of Tabel 2–8 with 19 sub-variabelen carrying their indicator text', () => {
    const cb = byPrefix('002');
    const vars = cb.codes.filter((c) => c.level === 'variabele');
    expect(vars.map((v) => v.label)).toEqual([
      'algemene voorwaarden', 'uitgangspunten', 'een inclusief samenwerkingsproces', 'leiderschap', 'samenwerkingsstructuur', 'conflicten en spanningen', 'resultaten',
    ]);
    expect(vars.map((v) => children(cb, v.id).length)).toEqual([2, 2, 4, 3, 3, 3, 2]);
    const text = seedText('002');
    for (const [i, v] of vars.entries()) expect(text).toContain(`Tabel ${i + 2}: Operationalisatie '${v.label}'`);
    for (const sub of cb.codes.filter((c) => c.level === 'subvariabele')) {
      expect(sub.indicator).toBeTruthy();
      // the indicator codes under a sub-variabele together are its indicator text
      expect(children(cb, sub.id).map((c) => c.label).join(', ')).toBe(sub.indicator);
    }
  });
});

describe('003 Verwey-Jonker kennissynthese', () => {
  it('has the three levels of factors from the Dutch literature', () => {
    const cb = byPrefix('003');
    const levels = cb.codes.filter((c) => c.level === 'niveau');
    expect(levels.map((l) => l.label)).toEqual(['Bestuurlijke factoren', 'Relationele factoren', 'Professionele factoren']);
    expect(levels.map((l) => children(cb, l.id).length)).toEqual([6, 7, 5]);
  });

  it('has the 27 succesfactoren of Tabel 2.1 in five categories, and no invented knelpunten', () => {
    const cb = byPrefix('003');
    const cats = children(cb, '003.tabel21');
    expect(cats.map((c) => c.label)).toEqual([
      'Bestuurlijke/institutionele factoren (macrosociaal)', 'Relationele factoren', 'Professionele/individuele factoren', 'Procesfactoren', 'Kennissystemen en -uitwisseling',
    ]);
    expect(cats.map((c) => children(cb, c.id).length)).toEqual([4, 9, 8, 3, 3]);
    expect(cb.codes.filter((c) => c.level === 'succesfactor')).toHaveLength(27);
    expect(cb.codes.some((c) => c.valence === 'belemmerend')).toBe(false);
    expect(cb.codes.find((c) => c.id === '003.tabel21')?.description).toContain('De knelpunten zijn het ontbreken daarvan.');
  });

  it('has the experts\u2019 tables 4.2 and 4.3 with their additions', () => {
    const cb = byPrefix('003');
    expect(children(cb, '003.tabel42')).toHaveLength(10);
    expect(children(cb, '003.tabel43')).toHaveLength(9);
  });
});

describe('004 Raamwerk interprofessioneel samenwerken', () => {
  it('has three invalshoeken with 6/4/4 thema\u2019s and the paired factors of the per-perspective tables', () => {
    const cb = byPrefix('004');
    const persp = cb.codes.filter((c) => c.level === 'invalshoek');
    expect(persp.map((p) => p.label)).toEqual(['Interprofessioneel handelen', 'Pedagogisch-didactisch handelen', 'Organisatorische factoren']);
    expect(persp.map((p) => children(cb, p.id).length)).toEqual([6, 4, 4]);
    const sf = cb.codes.filter((c) => c.level === 'succesfactor');
    const kp = cb.codes.filter((c) => c.level === 'knelpunt');
    expect([sf.length, kp.length]).toEqual([26, 25]);
    expect(sf.every((c) => c.valence === 'bevorderend') && kp.every((c) => c.valence === 'belemmerend')).toBe(true);
    const byId = new Map(cb.codes.map((c) => [c.id, c]));
    for (const c of [...sf, ...kp]) if (c.pairId) expect(byId.get(c.pairId)?.pairId).toBe(c.id);
    expect(sf.filter((c) => c.pairId)).toHaveLength(24);
    // a missing side stays missing
    expect(sf.find((c) => c.label === 'Onderbouwd aanbod gebruiken')?.pairId).toBeUndefined();
    expect(sf.find((c) => c.label === 'Monitoren van vooruitgang')?.pairId).toBeUndefined();
    expect(kp.find((c) => c.label === 'Te hoge werkdruk en lage prioriteit')?.pairId).toBeUndefined();
    // the per-perspective table, not the garbled overview
    expect(kp.map((c) => c.label)).toContain('Behoeftes aan of noodzaak om de kennis van de leraar te vergroten');
  });
});

describe('crosswalk', () => {
  it('validates and resolves to existing ids in every codebook it names', () => {
    const codebooks = codebookFiles().map(load);
    const result = validateCrosswalk('crosswalk.json', readCodebookText('crosswalk.json'), codebooks);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const ids = new Set(codebooks.flatMap((cb) => cb.codes.map((c) => c.id)));
    for (const concept of CROSSWALK.concepts) for (const id of concept.codes) expect(ids.has(id)).toBe(true);
  });

  it('covers at least the core concepts, each across several codebooks', () => {
    const required = ['communicatie', 'gedeelde-visie', 'rollen-en-verantwoordelijkheden', 'deskundigheid', 'evaluatie', 'praktische-randvoorwaarden'];
    for (const id of required) {
      const concept = CROSSWALK.concepts.find((c) => c.id === id);
      expect(concept).toBeDefined();
      expect(new Set(concept?.codes.map((c) => c.slice(0, 3))).size).toBeGreaterThanOrEqual(4);
    }
  });
});
