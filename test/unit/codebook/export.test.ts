import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import { buildCodebookAppendixDocx } from '../../../src/shared/codebook/export-docx';
import { codebookToCsv } from '../../../src/shared/codebook/export-csv';
import { applyCodebook, predefinedCodebookCodes } from '../../../src/shared/codebook/commands';
import { applyToSnapshot } from '../../../src/shared/model/changes';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { sampleSnapshot, testContext } from '../project/sample';

/** A project with only codebook 000 applied, and two codings on its first open code. */
function project000(): ProjectSnapshot {
  const base: ProjectSnapshot = { ...sampleSnapshot(), codes: [], codings: [], memos: [], codebookLog: [] };
  const pre = predefinedCodebookCodes('000-renn4-inpandige-samenwerking', testContext('pre'));
  const s = applyToSnapshot(base, applyCodebook(base, pre, pre.origin, { ...testContext('c'), coder: 'Sanne' }));
  const first = s.codes.find((c) => c.label === 'Aanwezigheid expertises')!;
  const coding = { ...sampleSnapshot().codings[0], codeId: first.id };
  return { ...s, codings: [coding, { ...coding, id: 'k2', start: 0, end: 5 }] };
}

/** Tiny RFC 4180 parser: quoted fields with "" escapes, separators and newlines inside quotes. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    }
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('DOCX appendix', () => {
  it('reads back as seed 000\u2019s Bijlage I: 37 numbered open codes under 6 axial labels', async () => {
    const bytes = await buildCodebookAppendixDocx(project000(), { lang: 'nl', withDefinitions: false, withCounts: true });
    const zip = unzipSync(bytes);
    const xml = strFromU8(zip['word/document.xml']);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain('<h1>Bijlage: Codelijst</h1>');
    expect(html).toMatch(/Aangepast van: Strockmeijer, J\. \(2023/);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '')));
    expect(rows[0]).toEqual(['Nr.', 'Open coderen', 'Axiaal coderen', 'Aantal coderingen']);
    const open = rows.slice(1, 38);
    expect(open.map((r) => r[0])).toEqual(Array.from({ length: 37 }, (_, i) => `${i + 1}.`));
    expect(open[0]).toEqual(['1.', 'Aanwezigheid expertises', 'Deskundigheid', '2']);
    expect(open[1]).toEqual(['2.', 'Eigen expertise', '', '0']);
    expect(open[5].slice(1, 3)).toEqual(['Eigen visie', 'Visie']);
    expect(open[14].slice(1, 3)).toEqual(['Bijstellen samenwerking', 'Evaluatie']);
    const axial = open.map((r) => r[2]).filter(Boolean);
    expect(axial).toEqual(['Deskundigheid', 'Visie', 'Evaluatie', 'Praktische randvoorwaarden', 'Verantwoordelijkheden en rollen', 'Onderlinge communicatie'].filter((a) => axial.includes(a)));
    expect(axial).toHaveLength(6);
    // The other levels follow in a second table, and the change log closes the appendix.
    expect(html).toContain('<h2>Selectief coderen</h2>');
    expect(html).toContain('Model van Bronstein');
    expect(html).toContain('<h2>Wijzigingen in de codelijst</h2>');
    expect(html).toMatch(/2026-11-24.*Sanne.*codes overnemen uit/);
  });

  it('writes English with definitions', async () => {
    const s = project000();
    s.codes[1] = { ...s.codes[1], description: 'Welke expertises er zijn', inclusion: 'namen van disciplines' };
    const bytes = await buildCodebookAppendixDocx(s, { lang: 'en', withDefinitions: true, withCounts: false, title: 'Appendix B' });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('Appendix B');
    expect(text).toContain('Adapted from: Strockmeijer');
    expect(text).toContain('Open coding');
    expect(text).toContain('Definition');
    expect(text).toContain('Welke expertises er zijn');
    expect(text).toContain('+ namen van disciplines');
    expect(text).not.toContain('Codings');
  });
});

describe('CSV', () => {
  it('has a BOM, quotes per RFC 4180 and parses back', () => {
    const s = project000();
    s.codes[1] = { ...s.codes[1], label: 'Aanwezigheid "expertises"; één', description: 'regel 1\nregel 2, met komma' };
    const csv = codebookToCsv(s, { lang: 'nl', separator: ';' });
    expect(csv.startsWith('\ufeffnummer;pad;label;niveau;')).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[0]).toEqual(['nummer', 'pad', 'label', 'niveau', 'bovenliggende code', 'omschrijving', 'inclusie', 'exclusie', 'voorbeeld', 'kleur', 'valentie', 'coderingen']);
    expect(rows).toHaveLength(s.codes.length + 1);
    expect(rows[2]).toEqual(['1', 'Deskundigheid > Aanwezigheid "expertises"; één', 'Aanwezigheid "expertises"; één', 'open', 'Deskundigheid', 'regel 1\nregel 2, met komma', '', '', '', '#1f6fb4', '', '2']);
    const en = parseCsv(codebookToCsv(s, { lang: 'en', separator: ',' }).slice(1), ',');
    expect(en[0][1]).toBe('path');
    expect(en[2][5]).toBe('regel 1\nregel 2, met komma');
  });
});
