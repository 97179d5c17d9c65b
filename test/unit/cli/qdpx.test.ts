import { describe, expect, it } from 'vitest';
import { DUTCH, runCli, tempDirPerTest } from './run-cli';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseProjectFile, serializeProject } from '../../../src/shared/project/file-format';
import { sampleSnapshot } from '../project/sample';
import { makeZip } from '../refi/qdpx-helpers';

const dir = tempDirPerTest('werkbank-qdpx-');

const run = (args: string[], env: Record<string, string> = DUTCH) => runCli(dir(), args, env);

describe('werkbank export-qdpx / import-qdpx', () => {
  it('exports a project and imports it again as a new project with a report', async () => {
    const s = sampleSnapshot();
    await fs.writeFile(path.join(dir(), 'p.werkbank'), serializeProject(s));
    const exp = await run(['export-qdpx', 'p.werkbank', '--out', 'p.qdpx']);
    expect(exp).toMatchObject({ code: 0, stderr: '' });
    expect(exp.stdout).toContain('p.qdpx: REFI-QDA-project geschreven');
    expect((await fs.readFile(path.join(dir(), 'p.qdpx'))).subarray(0, 2).toString()).toBe('PK');

    const imp = await run(['import-qdpx', 'p.qdpx', '--project', 'q.werkbank', '--lang', 'en']);
    expect(imp).toMatchObject({ code: 0, stderr: '' });
    expect(imp.stdout).toContain(`p.qdpx: ${s.documents.length} documents, ${s.codes.length} codes, ${s.codings.length} codings`);
    expect(imp.stdout).toContain('Unicode code points (standard)');
    expect(imp.stdout).toContain('Everything was carried over.');
    expect(imp.stdout).toContain('q.werkbank: new project created.');
    const back = parseProjectFile('q.werkbank', await fs.readFile(path.join(dir(), 'q.werkbank')));
    expect(back.ok && back.snapshot.codings.length).toBe(s.codings.length);
  });

  it('refuses to overwrite an existing project unless --force', async () => {
    await fs.writeFile(path.join(dir(), 'p.werkbank'), serializeProject(sampleSnapshot()));
    await run(['export-qdpx', 'p.werkbank', '--out', 'p.qdpx']);
    const before = await fs.readFile(path.join(dir(), 'p.werkbank'));
    const r = await run(['import-qdpx', 'p.qdpx', '--project', 'p.werkbank']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('p.werkbank bestaat al');
    expect(await fs.readFile(path.join(dir(), 'p.werkbank'))).toEqual(before);
    expect((await run(['import-qdpx', 'p.qdpx', '--project', 'p.werkbank', '--force'])).code).toBe(0);
  });

  it('writes nothing for a hostile or broken file and names it', async () => {
    await fs.writeFile(path.join(dir(), 'slip.qdpx'), makeZip([{ name: '../evil.txt', data: 'x' }]));
    const r = await run(['import-qdpx', 'slip.qdpx', '--project', 'n.werkbank']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('slip.qdpx: het archief bevat een onveilige bestandsnaam "../evil.txt"');
    await expect(fs.stat(path.join(dir(), 'n.werkbank'))).rejects.toThrow();
    const missing = await run(['import-qdpx', 'nope.qdpx', '--project', 'n.werkbank']);
    expect(missing.code).toBe(1);
  });

  it('checks its usage and has help', async () => {
    expect((await run(['import-qdpx', 'a.qdpx'])).code).toBe(2);
    expect((await run(['export-qdpx', 'p.werkbank'])).code).toBe(2);
    expect((await run(['import-qdpx', '--help'])).stdout).toContain('werkbank import-qdpx <project.qdpx>');
    expect((await run(['export-qdpx', '--help', '--lang', 'en'])).stdout).toContain('Writes the project as a REFI-QDA project');
    expect((await run(['--help'])).stdout).toContain('werkbank export-qdpx');
  });
});
