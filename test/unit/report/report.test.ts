/**
 * The theme report, read back from the files it produces: the model, the DOCX (mammoth text +
 * word/document.xml, footer and settings) and the PDF (pdfjs text per page). Figures are computed
 * by hand on report-fixture.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import type { Block, ReportModel, ReportOptions } from '../../../src/shared/report';
import { buildReportDocx, buildReportModel, buildReportPdf, DEFAULT_REPORT_OPTIONS } from '../../../src/shared/report';
import { containsListedName } from '../../../src/shared/report/pseudonymise';
import { QUOTE_K1, reportFixture } from './report-fixture';
import { REAL_NAMES, realisticProject } from './realistic-project';

const FONTS = join(import.meta.dirname, '../../../node_modules/dejavu-fonts-ttf/ttf');
const fonts = {
  regular: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans-Bold.ttf'))),
  italic: new Uint8Array(readFileSync(join(FONTS, 'DejaVuSans-Oblique.ttf'))),
};
const NL: ReportOptions = { lang: 'nl', ...DEFAULT_REPORT_OPTIONS, author: 'S. de Vries' };
const NOW = { now: '2024-06-01T12:00:00.000Z' };
const NAMES = ['Gerard', 'Hofstee', 'Kompasroos'];
const DUTCH = ['ë', 'ï', 'é', '‘', '’', '“', '”', '–', '…', '€'];

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(squash(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? ' ' : '') : '')).join('')));
  }
  return pages;
}

async function docxParts(bytes: Uint8Array): Promise<{ text: string; xml: string; footer: string; settings: string }> {
  const zip = unzipSync(bytes);
  const footerName = Object.keys(zip).find((k) => /^word\/footer\d*\.xml$/.test(k))!;
  return {
    text: squash((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value),
    xml: strFromU8(zip['word/document.xml']),
    footer: footerName ? strFromU8(zip[footerName]) : '',
    settings: strFromU8(zip['word/settings.xml']),
  };
}

const headings = (m: ReportModel) => m.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((b) => `${b.level} ${b.text}`);
const tables = (m: ReportModel) => m.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('buildReportModel (theme report)', () => {
  const model = buildReportModel(reportFixture(), NL, NOW);

  it('has a title page, a table of contents and the sections in thesis order', () => {
    expect(model.title).toBe('Samenwerking op [school]');
    expect(model.titlePage).toEqual(['Samenwerking op [school]', 'Thematisch verslag', 'Auteur: S. de Vries', 'Datum: 1 juni 2024', 'Opgesteld met Werkbank']);
    expect(model.blocks[0]).toEqual({ kind: 'toc' });
    expect(headings(model)).toEqual([
      '1 1 Methode',
      '1 2 Resultaten',
      '2 2.1 Gedeelde visie',
      '3 2.1.1 Visie',
      '3 2.1.2 Bevorderende en belemmerende factoren',
      '3 2.1.3 Samenvatting',
      '2 2.2 Praktische randvoorwaarden',
      '3 2.2.1 Randvoorwaarden',
      '3 2.2.2 Bevorderende en belemmerende factoren',
      '3 2.2.3 Samenvatting',
      '1 Bijlage I: Codelijst',
      '1 Bijlage II: Verhaallijn',
    ]);
  });

  it('writes the method paragraph from the data', () => {
    const text = model.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text).join('\n');
    expect(text).toContain('Voor dit onderzoek zijn 3 interviews afgenomen en getranscribeerd.');
    expect(text).toContain('De transcripten zijn ingelezen in de periode van 12 maart 2024 tot en met 20 maart 2024.');
    expect(text).toContain('Er zijn 3 respondenten gesproken: directeur (1) en leerkracht (2).');
    expect(text).toContain('De interviews zijn gecodeerd volgens Baarda (open, axiaal, selectief).');
    expect(text).toContain('Het open coderen leverde 4 codes op, die bij het axiaal coderen zijn ondergebracht in 2 categorieën; het selectief coderen leverde 0 selectieve codes en 2 kernthema’s op.');
    expect(text).toContain('In totaal zijn 10 fragmenten gecodeerd.');
    expect(tables(model)[0]).toMatchObject({ caption: 'Tabel 1. Respondenten per functie', rows: [['directeur', 1], ['leerkracht', 2], ['Totaal', 3]] });
  });

  it('gives each theme its key quotes in order, attributed by role, interview and time', () => {
    const quotes = model.blocks.filter((b): b is Extract<Block, { kind: 'quote' }> => b.kind === 'quote');
    expect(quotes.map((q) => [q.source.codingId, q.attribution, q.valence])).toEqual([
      ['k5', '(directeur, interview 3, 01:01:05)', 'bevorderend'],
      ['k1', '(leerkracht, interview 1, 00:00:12)', 'bevorderend'],
      ['k3', '(leerkracht, interview 2, 00:12:41)', 'belemmerend'],
    ]);
    expect(quotes[1].text).toBe(QUOTE_K1);
    const d1 = reportFixture().documents[0];
    expect(d1.text.slice(quotes[1].source.start, quotes[1].source.end)).toBe(QUOTE_K1);
    expect(quotes[1].source.documentId).toBe('d1');
  });

  it('lists promoting and hindering factors with their codes and counts', () => {
    const i = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === '2.2.2 Bevorderende en belemmerende factoren');
    expect(model.blocks.slice(i + 1, i + 5)).toEqual([
      { kind: 'paragraph', text: 'Bevorderende factoren (1 fragment):' },
      { kind: 'bullets', items: ['Privacy (1)'] },
      { kind: 'paragraph', text: 'Belemmerende factoren (4 fragmenten):' },
      { kind: 'bullets', items: ['Financiën (3)', 'Privacy (1)'] },
    ]);
  });

  it('counts fragments per code and role (respondent turns only)', () => {
    const [, visie, rand] = tables(model);
    expect(visie.caption).toBe('Tabel 2. Fragmenten per code en functie: Gedeelde visie');
    expect(visie.header).toEqual(['Code', 'directeur', 'leerkracht', 'Totaal']);
    // k8 lies in the interviewer's turn: in the theme (5 fragments) but in no role column.
    expect(visie.rows).toEqual([
      ['Gezamenlijke visie', 1, 1, 2],
      ['Verschil in visie', 0, 2, 2],
      ['Totaal', 1, 3, 4],
    ]);
    expect(rand.rows).toEqual([
      ['Financiën', 1, 2, 3],
      ['Privacy', 1, 1, 2],
      ['Totaal', 2, 3, 5],
    ]);
    const scope = model.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Dit thema omvat'));
    expect(scope).toMatchObject({ text: 'Dit thema omvat 5 fragmenten uit 3 interviews.' });
  });

  it('ends with the code list (adapted from …) and the storyline', () => {
    const list = tables(model)[3];
    expect(list.header).toEqual(['Nr.', 'Open coderen', 'Axiaal coderen']);
    expect(list.rows).toEqual([
      ['1.', 'Gezamenlijke visie', 'Visie'],
      ['2.', 'Verschil in visie', ''],
      ['3.', 'Financiën', 'Randvoorwaarden'],
      ['4.', 'Privacy', ''],
    ]);
    const text = JSON.stringify(model);
    expect(text).toContain('Aangepast van: Strockmeijer, J. (2023)');
    expect(text).toContain('De visie draagt de samenwerking; de randvoorwaarden – geld en privacy – bepalen of zij ‘werkt’.');
  });

  it('never names a respondent, person or school listed for pseudonymisation', () => {
    const text = JSON.stringify(model);
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).toContain('zo zegt ook [directeur] van [school]');
  });

  it('speaks English when asked, with the same figures', () => {
    const en = buildReportModel(reportFixture(), { ...NL, lang: 'en' }, NOW);
    expect(en.titlePage[1]).toBe('Theme report');
    expect(headings(en)).toContain('1 1 Method');
    expect(headings(en)).toContain('3 2.1.2 Promoting and hindering factors');
    expect(JSON.stringify(en)).toContain('3 respondents took part: directeur (1) and leerkracht (2).');
    expect(tables(en)[1].rows.map((r) => r.slice(1))).toEqual(tables(model)[1].rows.map((r) => r.slice(1)));
  });

  it('follows the code tree when there are no themes yet, with "en N meer" past the limit', () => {
    const m = buildReportModel({ ...reportFixture(), themes: [] }, NL, { ...NOW, quotesPerCode: 2 });
    expect(m.titlePage[1]).toBe('Tussentijds verslag (codeboom)');
    expect(headings(m).slice(1, 8)).toEqual([
      '1 2 Resultaten',
      '2 2.1 Visie',
      '3 2.1.1 Gezamenlijke visie',
      '3 2.1.2 Verschil in visie',
      '2 2.2 Randvoorwaarden',
      '3 2.2.1 Financiën',
      '3 2.2.2 Privacy',
    ]);
    const i = m.blocks.findIndex((b) => b.kind === 'heading' && b.text === '2.1.1 Gezamenlijke visie');
    // o1 has k8 (d1, interviewer), k1 (d1), k5 (d3): document order, then start.
    expect(m.blocks.slice(i + 1, i + 5).map((b) => (b.kind === 'quote' ? b.source.codingId : b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      '3 gecodeerde fragmenten.',
      'k8',
      'k1',
      '… en 1 meer',
    ]);
    const k8 = m.blocks.find((b) => b.kind === 'quote' && b.source.codingId === 'k8');
    expect(k8).toMatchObject({ text: 'visie van [school]', attribution: '(respondent, interview 1, 00:00:00)' });
    for (const name of NAMES) expect(JSON.stringify(m)).not.toContain(name);
  });
});

describe('agreement appendix', () => {
  /** Bram codes the same passages as Sanne, except the second "Privacy" fragment (k7). */
  function twoCoders(): ProjectSnapshot {
    const s = reportFixture();
    const bram = s.codings.filter((c) => c.id !== 'k7').map((c) => ({ ...c, id: `b-${c.id}`, coder: 'Bram' }));
    return { ...s, codings: [...s.codings, ...bram] };
  }
  const options: ReportOptions = { ...NL, agreement: { coders: ['Sanne', 'Bram'], level: 'character', includeUncoded: false } };
  const model = buildReportModel(twoCoders(), options, NOW);

  it('numbers the appendices in order and refers to the agreement from the method', () => {
    expect(headings(model).slice(-3)).toEqual(['1 Bijlage I: Codelijst', '1 Bijlage II: Overeenstemming tussen codeurs', '1 Bijlage III: Verhaallijn']);
    const text = JSON.stringify(model);
    expect(text).toContain('Voor de codelijst zie bijlage I.');
    expect(text).toContain('de overeenstemming staat in bijlage II.');
    expect(text).toContain('Sanne en Bram hebben 3 interviews onafhankelijk van elkaar gecodeerd.');
    // Without the code list, the agreement becomes appendix I.
    const noList = buildReportModel(twoCoders(), { ...options, includeCodeListAppendix: false }, NOW);
    expect(headings(noList).slice(-2)).toEqual(['1 Bijlage I: Overeenstemming tussen codeurs', '1 Bijlage II: Verhaallijn']);
  });

  it('prints the agreement per code with the rule in force, computed by hand for Privacy', () => {
    const table = tables(model).find((t) => t.caption?.includes('Overeenstemming tussen Sanne en Bram'))!;
    expect(table.header).toEqual(['Code', 'n', '% overeenstemming', 'kappa', 'alfa', 'beiden', 'alleen Sanne', 'alleen Bram', 'geen van beiden']);
    // Characters (without white space) of k3, coded by both, and of k7, coded by Sanne only.
    const both = 'Door de privacyregels mogen we niets delen.'.replace(/\s/g, '').length;
    const onlySanne = 'Privacy is goed geregeld.'.replace(/\s/g, '').length;
    const percent = ((100 * both) / (both + onlySanne)).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(table.rows.find((r) => r[0] === 'Privacy')).toEqual(['Privacy', String(both + onlySanne), percent, '0,000', expect.any(String), String(both), String(onlySanne), '0', '0']);
    expect(table.rows.find((r) => r[0] === 'Financiën')?.slice(2, 4)).toEqual(['100,0', '—']);
    expect(table.rows.at(-1)?.[0]).toBe('Totaal');
    expect(JSON.stringify(model)).toContain('telt niet mee');
  });

  it('reaches the DOCX and the PDF', async () => {
    const docx = await docxParts(await buildReportDocx(model));
    expect(docx.text).toContain('Bijlage II: Overeenstemming tussen codeurs');
    expect(docx.text).toMatch(/Privacy \d+ \d+,\d 0,000/);
    const pdf = (await pdfPages(await buildReportPdf(model, fonts))).join(' ');
    expect(pdf).toContain('Bijlage II: Overeenstemming tussen codeurs');
    expect(pdf).toContain('alleen Bram');
  });
});

describe('DOCX report', () => {
  let parts: Awaited<ReturnType<typeof docxParts>>;
  beforeAll(async () => {
    parts = await docxParts(await buildReportDocx(buildReportModel(reportFixture(), NL, NOW)));
  });

  it('has Word heading styles, a TOC field that updates on opening and page numbers', () => {
    expect(parts.xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(parts.xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(parts.xml).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    expect(parts.xml).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o\s*(&quot;|")1-3(&quot;|")/);
    expect(parts.settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    expect(parts.footer).toMatch(/PAGE/);
    expect(parts.xml).toMatch(/<w:pStyle w:val="Quote"\/>/);
    expect(parts.xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    // Chapters start on a new page; the title page is its own section.
    expect(parts.xml).toMatch(/<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>/);
    expect(parts.xml.match(/<w:sectPr>/g)).toHaveLength(2);
  });

  it('reads back headings, quotes with attributions, table figures and Dutch characters', () => {
    const { text } = parts;
    for (const h of ['1 Methode', '2.1 Gedeelde visie', '2.1.1 Visie', '2.2 Praktische randvoorwaarden', 'Bijlage I: Codelijst', 'Bijlage II: Verhaallijn']) expect(text).toContain(h);
    expect(text).toContain(`“${QUOTE_K1}” (leerkracht, interview 1, 00:00:12)`);
    expect(text).toContain('“We hebben één visie afgesproken met de zorgpartner.” (directeur, interview 3, 01:01:05)');
    expect(text).toContain('Tabel 2. Fragmenten per code en functie: Gedeelde visie Code directeur leerkracht Totaal Gezamenlijke visie 1 1 2 Verschil in visie 0 2 2 Totaal 1 3 4');
    expect(text).toContain('Financiën 1 2 3 Privacy 1 1 2 Totaal 2 3 5');
    expect(text).toContain('Samenwerking op [school] Thematisch verslag Auteur: S. de Vries Datum: 1 juni 2024');
    for (const ch of DUTCH) expect(text).toContain(ch);
    for (const name of NAMES) expect(text + parts.xml).not.toContain(name);
  });

  it('writes the code-tree report and English', async () => {
    const tree = await docxParts(await buildReportDocx(buildReportModel({ ...reportFixture(), themes: [] }, { ...NL, lang: 'en' }, NOW)));
    expect(tree.text).toContain('Interim report (code tree)');
    expect(tree.text).toContain('2.1.1 Gezamenlijke visie');
    expect(tree.text).toContain('Contents');
  });
});

describe('PDF report', () => {
  let pages: string[];
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await buildReportPdf(buildReportModel(reportFixture(), NL, NOW), fonts);
    pages = await pdfPages(bytes);
  });

  it('is A4 with embedded DejaVu subsets', async () => {
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const fonts: [string, number][] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') && obj.has(PDFName.of('FontFile2'))) {
        const file = doc.context.lookup(obj.get(PDFName.of('FontFile2'))) as PDFRawStream;
        fonts.push([String(obj.get(PDFName.of('FontName'))).replace(/-\d+$/, ''), file.getContentsSize()]);
      }
    }
    expect(fonts.map(([name]) => name).sort()).toEqual(['/DejaVuSans', '/DejaVuSans-Bold', '/DejaVuSans-Oblique']);
    // Subsets: the whole DejaVuSans.ttf is ~750 kB.
    for (const [, size] of fonts) expect(size).toBeLessThan(60_000);
  });

  it('starts with the title page and a contents page with the page of every heading', () => {
    expect(pages[0]).toContain('Samenwerking op [school]');
    expect(pages[0]).toContain('Thematisch verslag');
    expect(pages[1]).toContain('Inhoudsopgave');
    const pageOf = (heading: string) => pages.findIndex((p, i) => i > 1 && p.includes(heading));
    // Printed number = physical page index (0-based) when the title page is not counted.
    for (const h of ['1 Methode', '2 Resultaten', '2.2 Praktische randvoorwaarden', 'Bijlage I: Codelijst', 'Bijlage II: Verhaallijn']) {
      const n = pageOf(h);
      expect(n, h).toBeGreaterThan(1);
      expect(pages[1], h).toMatch(new RegExp(`${h.replace(/[.()]/g, '\\$&')}[ .]*${n}\\b`));
      expect(pages[n].trim().endsWith(` ${n}`) || pages[n].includes(` ${n} `) || pages[n].startsWith(`${n} `), `page number on ${h}`).toBe(true);
    }
  });

  it('reads back quotes, attributions, factors, tables and Dutch characters', () => {
    const text = pages.join(' ');
    expect(text).toContain(QUOTE_K1);
    expect(text).toContain('(leerkracht, interview 1, 00:00:12)');
    expect(text).toContain('(directeur, interview 3, 01:01:05)');
    expect(text).toContain('(leerkracht, interview 2, 00:12:41)');
    expect(text).toContain('Belemmerende factoren (4 fragmenten):');
    expect(text).toContain('Financiën (3)');
    expect(text).toMatch(/Code directeur leerkracht Totaal Gezamenlijke visie 1 1 2 Verschil in visie 0 2 2 Totaal 1 3 4/);
    expect(text).toMatch(/Financiën 1 2 3 Privacy 1 1 2 Totaal 2 3 5/);
    expect(text).toContain('Er zijn 3 respondenten gesproken: directeur (1) en leerkracht (2).');
    for (const ch of DUTCH) expect(text).toContain(ch);
    for (const name of NAMES) expect(text).not.toContain(name);
  });

  it('lays out a long code-tree report over many pages without losing text', async () => {
    const base = reportFixture();
    const long = 'Een lange zin over de samenwerking tussen school en zorg, met één visie en veel overleg. '.repeat(40);
    const m = buildReportModel({ ...base, themes: [], project: { ...base.project, storyline: long } }, NL, NOW);
    const p = await pdfPages(await buildReportPdf(m, { regular: fonts.regular, bold: fonts.bold }));
    expect(p.length).toBeGreaterThan(4);
    expect(p.join(' ').split('veel overleg.').length - 1).toBe(40);
  });
});

describe('report of the realistic fixture project', () => {
  it('names nobody from the pseudonym list in the DOCX or the PDF', async () => {
    const snapshot = await realisticProject();
    const model = buildReportModel(snapshot, NL, NOW);
    expect(model.blocks.filter((b) => b.kind === 'quote').length).toBeGreaterThan(5);
    const rules = snapshot.project.pseudonyms!;
    const docx = await docxParts(await buildReportDocx(model));
    const pdf = (await pdfPages(await buildReportPdf(model, fonts))).join(' ');
    for (const text of [docx.text, pdf]) {
      expect(containsListedName(text, rules)).toBe(false);
      for (const name of REAL_NAMES) for (const part of [name, name.split(' ').pop()!]) expect(text).not.toContain(part);
    }
  }, 30_000);
});
