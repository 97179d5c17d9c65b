import { describe, expect, it } from 'vitest';
import { DUTCH, runCli, tempDirPerTest } from './run-cli';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeProject } from '../../../src/shared/project/file-format';
import { parseQdc } from '../../../src/shared/refi/qdc';
import { sampleSnapshot } from '../project/sample';

const dir = tempDirPerTest('werkbank-cb-');

const run = (args: string[], env: Record<string, string> = DUTCH) => runCli(dir(), args, env);

const XSD = path.resolve(__dirname, '../../../../shared/refi/Codebook.xsd');

describe('werkbank codebook', () => {
  it('lists the shipped codebooks with counts per level and citation', async () => {
    const r = await run(['codebook', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('000-renn4-inpandige-samenwerking  v1.0.0');
    expect(r.stdout).toMatch(/open 37/);
    expect(r.stdout).toContain('Strockmeijer');
    const json = JSON.parse((await run(['codebook', 'list', '--json'])).stdout);
    expect(json).toHaveLength(5);
    expect((await run(['codebook', '--help'])).stdout).toContain('werkbank codebook export');
    expect((await run(['--help'])).stdout).toContain('werkbank codebook');
  });

  it('exports docx, csv and qdc, and validates the qdc', async () => {
    await fs.writeFile(path.join(dir(), 'p.werkbank'), serializeProject(sampleSnapshot()));
    const docx = await run(['codebook', 'export', 'p.werkbank', '--format', 'docx', '--out', 'b.docx', '--with-counts', '--lang', 'en']);
    expect(docx).toMatchObject({ code: 0 });
    expect(docx.stdout).toContain('Exported 2 codes');
    expect((await fs.readFile(path.join(dir(), 'b.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await run(['codebook', 'export', 'p.werkbank', '--format', 'csv', '--out', 'b.csv', '--separator', ','])).code).toBe(0);
    expect(await fs.readFile(path.join(dir(), 'b.csv'), 'utf8')).toMatch(/^\ufeffnummer,pad,/);
    expect((await run(['codebook', 'export', 'p.werkbank', '--format', 'qdc', '--out', 'b.qdc'])).code).toBe(0);
    const qdc = parseQdc('b.qdc', await fs.readFile(path.join(dir(), 'b.qdc')));
    expect(qdc.ok && qdc.codes[0].name).toBe('Samenwerking');
    const v = await run(['codebook', 'validate', 'b.qdc', '--schema', XSD]);
    expect(v).toMatchObject({ code: 0 });
    expect(v.stdout).toContain('b.qdc is geldig (2 codes)');
    expect((await run(['codebook', 'export', 'p.werkbank', '--format', 'pdf', '--out', 'x'])).code).toBe(2);
    expect((await run(['codebook', 'export', 'p.werkbank', '--format', 'csv'])).code).toBe(2);
    expect((await run(['codebook', 'export', 'missing.werkbank', '--format', 'csv', '--out', 'x'])).code).toBe(1);
  });

  it('validates codebook json and qdc files and names every error', async () => {
    const ok = await run(['codebook', 'validate', path.resolve(__dirname, '../../../codebooks/000-renn4-inpandige-samenwerking.json')]);
    expect(ok.code).toBe(0);
    await fs.writeFile(path.join(dir(), 'bad.json'), JSON.stringify({ format: 'werkbank-codebook', formatVersion: 1 }));
    const bad = await run(['codebook', 'validate', 'bad.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json');
    await fs.writeFile(path.join(dir(), 'bad.qdc'), '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n</CodeBook>');
    const badQdc = await run(['codebook', 'validate', 'bad.qdc']);
    expect(badQdc.code).toBe(1);
    expect(badQdc.stderr).toContain('regel 3, kolom 1');
    expect((await run(['codebook', 'frobnicate'])).code).toBe(2);
  });
});
