import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli, tempDirPerTest } from './run-cli';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeProject } from '../../../src/shared/project/file-format';
import { namesProject } from '../report/no-names-fixture';

const dir = tempDirPerTest('werkbank-report-', async (dir) => {
  await fs.writeFile(path.join(dir, 'p.werkbank'), serializeProject(namesProject()));
});

const run = (args: string[]) => runCli(dir(), args);

describe('werkbank export', () => {
  it('writes CSV with BOM and the separator, filtered by --code (label or id, repeatable)', async () => {
    const r = await run(['export', 'p.werkbank', '--format', 'csv', '--out', 'f.csv', '--code', 'betrokkenheid ouders']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('f.csv: 1 fragment geschreven.');
    const csv = await fs.readFile(path.join(dir(), 'f.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFDocument;Respondent (pseudoniem);Rol;')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
    const two = await run(['export', 'p.werkbank', '--format', 'csv', '--separator', ',', '--code', 'A', '--code=B']);
    expect(two.code).toBe(0);
    expect(two.stdout.startsWith('Document,Respondent (pseudoniem)')).toBe(true);
    expect(two.stdout).not.toContain('Hofstee');
  });

  it('writes XLSX and DOCX', async () => {
    expect((await run(['export', 'p.werkbank', '--format', 'xlsx', '--out', 'f.xlsx'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(path.join(dir(), 'f.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(4);
    const r = await run(['export', 'p.werkbank', '--format', 'docx', '--out', 'f.docx', '--lang', 'en']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('f.docx: 3 fragments written.');
    const { value } = await mammoth.extractRawText({ path: path.join(dir(), 'f.docx') });
    expect(value).toContain('Coded fragments – Zorg op [school]');
  });

  it('refuses wrong usage with exit code 2 and a missing file with 1', async () => {
    expect((await run(['export', 'p.werkbank', '--format', 'pdf', '--out', 'x'])).code).toBe(2);
    expect((await run(['export', 'p.werkbank', '--format', 'xlsx'])).code).toBe(2);
    expect((await run(['export', 'p.werkbank', '--format', 'csv', '--separator', '|'])).code).toBe(2);
    const unknown = await run(['export', 'p.werkbank', '--format', 'csv', '--code', 'Bestaat niet']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekende code "Bestaat niet"');
    expect((await run(['export', 'missing.werkbank', '--format', 'csv'])).code).toBe(1);
  });

  it('has help in both languages', async () => {
    expect((await run(['export', '--help'])).stdout).toContain('Exporteert de gecodeerde fragmenten');
    expect((await run(['export', '--help', '--lang', 'en'])).stdout).toContain('Exports the coded fragments');
  });
});

describe('werkbank report', () => {
  it('writes the report as DOCX in the chosen language', async () => {
    const r = await run(['report', 'p.werkbank', '--format', 'docx', '--out', 'r.docx', '--lang', 'en']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('r.docx: report written.');
    const { value } = await mammoth.extractRawText({ path: path.join(dir(), 'r.docx') });
    expect(value).toContain('Zorg op [school]');
    expect(value).toContain('[directeur]');
  });

  it('writes the report as PDF with the DejaVu fonts', async () => {
    const r = await run(['report', 'p.werkbank', '--format', 'pdf', '--out', 'r.pdf']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const bytes = await fs.readFile(path.join(dir(), 'r.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 30_000);

  it('refuses wrong usage with exit code 2 and has help in both languages', async () => {
    expect((await run(['report', 'p.werkbank', '--format', 'odt', '--out', 'x'])).code).toBe(2);
    expect((await run(['report', 'p.werkbank', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['report'])).code).toBe(2);
    expect((await run(['report', '--help'])).stdout).toContain('Schrijft het themarapport');
    expect((await run(['report', '--help', '--lang', 'en'])).stdout).toContain('Writes the theme report');
  });
});
