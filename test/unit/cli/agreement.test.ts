import { describe, expect, it } from 'vitest';
import { runCli, tempDirPerTest } from './run-cli';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseProjectFile, serializeProject } from '../../../src/shared/project/file-format';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { fixture } from '../analysis/fixture';

/** The fixture (coders Sanne and Piet) plus Piet's second coding of D1: the same A passage, shifted. */
function twoCoders(): ProjectSnapshot {
  const s = fixture();
  const k1 = s.codings.find((c) => c.id === 'k1')!;
  s.codings.push({ ...k1, id: 'p1', coder: 'Piet', start: k1.start + 2, end: k1.end + 2 });
  s.codings.push({ ...k1, id: 'p2', coder: 'Piet', codeId: 'E', start: k1.start + 60, end: k1.start + 70 });
  return s;
}

const dir = tempDirPerTest('werkbank-agreement-', async (dir) => {
  await fs.writeFile(path.join(dir, 'p.werkbank'), serializeProject(twoCoders()));
});

const run = (args: string[], lang = 'nl_NL.UTF-8') => runCli(dir(), args, { LANG: lang });

describe('werkbank agreement', () => {
  it('prints JSON per code and overall, excluding uncoded text by default', async () => {
    const r = await run(['agreement', 'p.werkbank', '--coders', 'Sanne,Piet', '--json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const j = JSON.parse(r.stdout);
    expect(j.documentIds).toEqual(['D1', 'D2']);
    expect(j.includeUncoded).toBe(false);
    const a = j.perCode.find((c: { codeId: string }) => c.codeId === 'A');
    expect(a.label).toBe('Code A');
    expect(a.neither).toBe(0);
    expect(a.both).toBeGreaterThan(0);
    expect(j.overall.n).toBe(j.perCode.reduce((n: number, c: { n: number }) => n + c.n, 0));
    expect(j.rule).toContain('niet mee');
    const inc = JSON.parse((await run(['agreement', 'p.werkbank', '--coders', 'Sanne,Piet', '--json', '--include-uncoded', '--codes', 'Code A'])).stdout);
    expect(inc.perCode.map((c: { codeId: string }) => c.codeId)).toEqual(['A']);
    expect(inc.perCode[0].neither).toBeGreaterThan(0);
    expect(inc.perCode[0].percent).toBeGreaterThan(a.percent);
  });

  it('prints a table with the rule (segment level, English)', async () => {
    const r = await run(['agreement', 'p.werkbank', '--coders', 'Sanne,Piet', '--level', 'segment', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Fixture: agreement between Sanne and Piet (segment), 2 documents.');
    expect(r.stdout).toMatch(/Code A\s+\d/);
    expect(r.stdout).toContain('only Sanne');
    expect(r.stdout).toMatch(/Overall/);
    expect(r.stdout).toContain('(Jaccard) ≥ 0.5');
  });

  it('exits 1 when a coder has no codings, 2 on wrong usage', async () => {
    const none = await run(['agreement', 'p.werkbank', '--coders', 'Sanne,Nobody']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('"Nobody"');
    expect((await run(['agreement', 'p.werkbank', '--coders', 'Sanne'])).code).toBe(2);
    expect((await run(['agreement', 'p.werkbank', '--coders', 'Sanne,Piet', '--level', 'word'])).code).toBe(2);
    expect((await run(['agreement', 'p.werkbank', '--coders', 'Sanne,Piet', '--codes', 'Geen'])).code).toBe(2);
    expect((await run(['agreement', '--help'])).stdout).toContain('werkbank agreement <project.werkbank>');
  });
});

describe('werkbank merge', () => {
  it('merges a second coder’s copy into a new file', async () => {
    const copy = twoCoders();
    copy.codings.push({ ...copy.codings[0], id: 'x1', coder: 'Kees' });
    await fs.writeFile(path.join(dir(), 'kopie.werkbank'), serializeProject(copy));
    const r = await run(['merge', 'p.werkbank', 'kopie.werkbank', '--out', 'samen.werkbank']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('samen.werkbank: samengevoegd; 1 coderingen');
    const parsed = parseProjectFile('samen.werkbank', await fs.readFile(path.join(dir(), 'samen.werkbank')));
    expect(parsed.ok && parsed.snapshot.codings.map((c) => c.id)).toContain('x1');
    expect((await run(['merge', 'p.werkbank', 'kopie.werkbank'])).code).toBe(2);
    expect((await run(['merge', 'p.werkbank', 'nope.werkbank', '--out', 'x.werkbank'])).code).toBe(1);
  });
});
