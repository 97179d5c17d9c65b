import { describe, expect, it } from 'vitest';
import { runCli, tempDirPerTest } from './run-cli';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeProject } from '../../../src/shared/project/file-format';
import { fixture } from '../analysis/fixture';

const dir = tempDirPerTest('werkbank-stats-', async (dir) => {
  await fs.writeFile(path.join(dir, 'p.werkbank'), serializeProject(fixture()));
});

const run = (args: string[]) => runCli(dir(), args);

describe('werkbank stats', () => {
  it('prints all three tables as JSON with code labels', async () => {
    const r = await run(['stats', 'p.werkbank', '--mode', 'turn', '--columns', 'attr:locatie', '--measure', 'respondents']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const j = JSON.parse(r.stdout);
    expect(j.frequencies.find((f: { codeId: string }) => f.codeId === 'A')).toMatchObject({ label: 'Code A', fragments: 5, documents: 3, respondents: 2 });
    expect(j.cooccurrence.mode).toBe('turn');
    expect(j.cooccurrence.codes[1]).toEqual({ id: 'A', label: 'Code A' });
    expect(j.cooccurrence.matrix[1][5]).toBe(2); // A × D in the same turn
    expect(j.crosstab.columnKeys).toEqual(['Noord', 'Zuid']);
    expect(j.crosstab.rows.find((x: { id: string }) => x.id === 'D')).toMatchObject({ cells: [2, 1], total: 3 });
  });

  it('writes one table as CSV (BOM, separator) to a file', async () => {
    const r = await run(['stats', 'p.werkbank', '--format', 'csv', '--table', 'crosstab', '--columns', 'role', '--separator', ';', '--out', 't.csv']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('t.csv: tabel geschreven.');
    const csv = await fs.readFile(path.join(dir(), 't.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFCode;directeur;leerkracht;Totaal\r\n')).toBe(true);
    expect(csv).toContain('Code A;2;3;5\r\n');
    expect(csv.endsWith('Totaal;6;8;14\r\n')).toBe(true);
  });

  it('prints frequencies and co-occurrence CSV to stdout without BOM', async () => {
    const f = await run(['stats', 'p.werkbank', '--format', 'csv']);
    expect(f.code).toBe(0);
    expect(f.stdout.split('\r\n')[0]).toBe('Code,Fragmenten,Documenten,Respondenten,directeur: Fragmenten,directeur: Respondenten,leerkracht: Fragmenten,leerkracht: Respondenten');
    expect(f.stdout).toContain('Code D,4,3,3,1,1,2,2');
    const c = await run(['stats', 'p.werkbank', '--format', 'csv', '--table', 'cooccurrence']);
    expect(c.stdout).toContain('Code A,0,5,1,2,0,1,0,0');
  });

  it('refuses bad options with exit code 2 and a missing file with 1', async () => {
    expect((await run(['stats', 'p.werkbank', '--table', 'pie'])).code).toBe(2);
    expect((await run(['stats', 'p.werkbank', '--columns', 'attr:'])).code).toBe(2);
    expect((await run(['stats'])).code).toBe(2);
    expect((await run(['stats', 'nope.werkbank'])).code).toBe(1);
    const help = await run(['stats', '--help']);
    expect(help.stdout).toContain('werkbank stats <project.werkbank>');
  });
});
