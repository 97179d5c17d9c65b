/**
 * Acceptance (AVG/GDPR): no name from the project's list — nor a respondent's real name used as a
 * speaker label — survives in any export format, while the replacements do appear. Checked on
 * the text read back from each file, diacritic-folded, case-insensitive and with all whitespace
 * removed (so a name broken over lines in the output is still caught).
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fragmentsToCsv, fragmentsToDocx, fragmentsToXlsx } from '../../../src/shared/report/fragments-export';
import { DEFAULT_REPORT_OPTIONS } from '../../../src/shared/report/model';
import { buildReportModel } from '../../../src/shared/report/report-model';
import { buildReportDocx } from '../../../src/shared/report/docx-report';
import { buildReportPdf } from '../../../src/shared/report/pdf-report';
import { dejavuFonts } from '../../../src/cli/commands/report';
import { folded, LISTED, namesProject, REAL_NAMES } from './no-names-fixture';

const squash = (s: string) => folded(s).replace(/\s+/g, '');

function expectNoNames(text: string, where: string) {
  const hay = squash(text);
  for (const name of [...LISTED.map((r) => r.name), ...REAL_NAMES]) {
    expect(hay.includes(squash(name)), `${where} contains "${name}"`).toBe(false);
  }
  // Parts of names that are specific enough to be leaks on their own.
  for (const part of ['hofstee', 'kompasroos', 'ommerdijk', 'vandijk', 'brouwer', 'kocak', 'marieke']) {
    expect(hay.includes(part), `${where} contains "${part}"`).toBe(false);
  }
}

function expectReplacements(text: string, where: string, replacements = LISTED.map((r) => r.replacement)) {
  const hay = squash(text);
  for (const r of replacements) expect(hay.includes(squash(r)), `${where} lacks "${r}"`).toBe(true);
  expect(hay.includes(squash('Respondent A')) || hay.includes(squash('intern begeleider')), `${where} lacks respondent A's pseudonym/role`).toBe(true);
}

async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value ?? ''))));
  });
  return parts.join('\n');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await doc.destroy();
  return parts.join(' ');
}

describe('no listed name survives an export', () => {
  it('the fixture really contains the names (diacritics, split over a line break, speaker labels)', () => {
    const text = namesProject().documents.map((d) => d.text).join('\n');
    expect(text).toContain('Gerard\nHofstee');
    expect(text).toContain('Zoe van\nDijk');
    expect(text).toContain('ommerdíjk');
    expect(text).toContain('Jeroen Koçak');
  });

  it('fragments CSV', () => {
    for (const lang of ['nl', 'en'] as const) {
      const csv = fragmentsToCsv(namesProject(), {}, lang, { separator: ';' });
      expectNoNames(csv, `CSV (${lang})`);
      expectReplacements(csv, `CSV (${lang})`);
    }
  });

  it('fragments XLSX', async () => {
    const text = await xlsxText(await fragmentsToXlsx(namesProject(), {}, 'nl'));
    expectNoNames(text, 'XLSX');
    expectReplacements(text, 'XLSX');
  });

  it('fragments DOCX', async () => {
    const text = await docxText(await fragmentsToDocx(namesProject(), {}, 'nl'));
    expectNoNames(text, 'fragments DOCX');
    expectReplacements(text, 'fragments DOCX');
  });

  const model = (lang: 'nl' | 'en') =>
    buildReportModel(namesProject(), { ...DEFAULT_REPORT_OPTIONS, lang }, { now: '2026-12-01T10:00:00.000Z' });

  it('report model (every block)', () => {
    const text = JSON.stringify(model('nl'));
    expectNoNames(text, 'report model');
  });

  it('report DOCX', async () => {
    const text = await docxText(await buildReportDocx(model('nl')));
    expectNoNames(text, 'report DOCX');
    expectReplacements(text, 'report DOCX', ['[leerling]', '[directeur]']);
  });

  it('report PDF', async () => {
    const text = await pdfText(await buildReportPdf(model('en'), await dejavuFonts()));
    expectNoNames(text, 'report PDF');
    expectReplacements(text, 'report PDF', ['[leerling]', '[directeur]']);
  }, 30_000);
});
