import { describe, expect, it } from 'vitest';
import { DUTCH, runCli, tempDirPerTest } from './run-cli';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseProjectFile, serializeProject } from '../../../src/shared/project/file-format';
import { sampleSnapshot } from '../project/sample';

const dir = tempDirPerTest('werkbank-cli-');

const run = (args: string[], env: Record<string, string> = DUTCH) => runCli(dir(), args, env);

const write = (name: string, content: string | Uint8Array) =>
  fs.mkdir(path.dirname(path.join(dir(), name)), { recursive: true }).then(() => fs.writeFile(path.join(dir(), name), content));

const INTERVIEW_1 = 'Interviewer: Hoe gaat het op school?\nR: Goed, de leerkrachten zijn betrokken. Één probleem: de coördinatie.\n';
const INTERVIEW_2 = 'I: Wat vindt u van passend onderwijs?\nDirecteur: Het is lastig 😅, maar we doen ons best.\n';
const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>Welkom bij dit gesprek.\n\n00:00:05.000 --> 00:00:09.000\n<v Anna>Dank u, ik vertel graag over onze school.\n';

async function readProject(name = 'onderzoek.werkbank') {
  const parsed = parseProjectFile(name, await fs.readFile(path.join(dir(), name)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.snapshot;
}

describe('werkbank CLI', () => {
  it('prints help and version; unknown commands and options are usage errors', async () => {
    const help = await run(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('werkbank import');
    expect((await run(['--help'], { LANG: 'nl_BE.UTF-8' })).stdout).toContain('Gebruik:');
    expect((await run(['--help', '--lang', 'en'], { LC_ALL: 'nl_NL' })).stdout).toContain('Usage:');
    expect((await run(['import', '--help'])).stdout).toContain('--dir-recursive');
    expect((await run(['info', '--help'], {})).stdout).toContain('--json');
    const version = await run(['--version']);
    expect(version).toMatchObject({ code: 0 });
    expect(version.stdout).toMatch(/^werkbank \d+\.\d+\.\d+/);
    const unknown = await run(['exporteer']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekende opdracht "exporteer"');
    expect((await run(['import', 'a.txt'])).code).toBe(2);
    expect((await run(['import', '--project', 'p.werkbank'])).code).toBe(2);
    const badOption = await run(['info', 'p.werkbank', '--jsn'], {});
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('Unknown option "--jsn"');
    expect((await run(['--lang', 'de', '--help'])).code).toBe(2);
  });

  it('imports files and folders into a new project, then skips duplicates', async () => {
    await write('transcripten/interview 1.txt', INTERVIEW_1);
    await write('transcripten/sub/interview 2.txt', INTERVIEW_2);
    await write('transcripten/.DS_Store', 'x');
    await write('losse/gesprek.vtt', VTT);

    const first = await run(['import', 'transcripten', 'losse/gesprek.vtt', '--project', 'onderzoek.werkbank']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('nieuw project gemaakt; 2 geïmporteerd');
    let snap = await readProject();
    expect(snap.project.name).toBe('onderzoek');
    expect(snap.documents.map((d) => d.name)).toEqual(['interview 1', 'gesprek']);
    expect(snap.documents.map((d) => d.order)).toEqual([0, 1]);
    const vtt = snap.documents[1];
    expect(vtt.speakers).toEqual([
      { label: 'Interviewer', role: { kind: 'interviewer' } },
      { label: 'Anna', role: { kind: 'unassigned' } },
    ]);

    const second = await run(['import', 'transcripten', '--dir-recursive', '--project', 'onderzoek.werkbank']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('staat al in het project als "interview 1"; overgeslagen');
    expect(second.stdout).toContain('1 geïmporteerd, 1 overgeslagen');
    snap = await readProject();
    expect(snap.documents.map((d) => d.name)).toEqual(['interview 1', 'gesprek', 'interview 2']);
    expect(snap.documents[2].speakers[0]).toEqual({ label: 'I', role: { kind: 'interviewer' } });

    // Nothing new: the file is not rewritten.
    const stat = await fs.stat(path.join(dir(), 'onderzoek.werkbank'));
    const bytes = await fs.readFile(path.join(dir(), 'onderzoek.werkbank'));
    const third = await run(['import', 'transcripten', '--dir-recursive', '--project', 'onderzoek.werkbank'], {});
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('nothing imported (2 skipped, 0 failed)');
    expect(await fs.readFile(path.join(dir(), 'onderzoek.werkbank'))).toEqual(bytes);
    expect((await fs.stat(path.join(dir(), 'onderzoek.werkbank'))).mtimeMs).toBe(stat.mtimeMs);
    // No temporary files are left behind.
    expect((await fs.readdir(dir())).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('creates a new project with a predefined codebook and coder name, and never replaces a codebook', async () => {
    await write('t/1.txt', INTERVIEW_1);
    const r = await run(['import', 't', '--project', 'onderzoek.werkbank', '--codebook', '000', '--coder', 'Sanne']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const p = await readProject();
    expect(r.stdout).toContain(`toegepast: ${p.codes.length} codes`);
    expect(p.project.settings.coderName).toBe('Sanne');
    expect(p.project.codebookOrigin).toMatchObject({ kind: 'predefined', codebookId: '000-renn4-inpandige-samenwerking' });
    expect(p.codes.filter((c) => c.level === 'open')).toHaveLength(37);
    expect(p.documents).toHaveLength(1);
    // The project has codes now: --codebook would replace them, so it is refused and nothing changes.
    const before = await fs.readFile(path.join(dir(), 'onderzoek.werkbank'));
    await write('t/2.txt', INTERVIEW_2);
    const again = await run(['import', 't/2.txt', '--project', 'onderzoek.werkbank', '--codebook', '002']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`heeft een codeboek (${p.codes.length} codes)`);
    expect(await fs.readFile(path.join(dir(), 'onderzoek.werkbank'))).toEqual(before);
    const unknown = await run(['import', 't/2.txt', '--project', 'ander.werkbank', '--codebook', '999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekend codeboek "999"');
  });

  it('names each bad file, imports the good ones and exits 1', async () => {
    await write('goed.txt', INTERVIEW_1);
    await write('leeg.txt', '');
    await write('scan.pdf', '%PDF-1.4 binary');
    await write('ook goed.txt', INTERVIEW_2);
    const result = await run(['import', 'goed.txt', 'leeg.txt', 'scan.pdf', 'ontbreekt.txt', 'ook goed.txt', '--project', 'onderzoek.werkbank']);
    expect(result.code).toBe(1);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors.find((l) => l.startsWith('leeg.txt:'))).toContain('leeg');
    expect(errors.find((l) => l.startsWith('scan.pdf:'))).toBeDefined();
    expect(errors.find((l) => l.startsWith('ontbreekt.txt:'))).toContain('bestaat niet');
    expect(result.stdout).toContain('2 geïmporteerd, 0 overgeslagen (al aanwezig), 3 mislukt');
    expect((await readProject()).documents.map((d) => d.sourceFileName)).toEqual(['goed.txt', 'ook goed.txt']);
  });

  it('does not create a project when nothing could be imported', async () => {
    await write('leeg.txt', '');
    const result = await run(['import', 'leeg.txt', '--project', 'nieuw.werkbank']);
    expect(result.code).toBe(1);
    await expect(fs.stat(path.join(dir(), 'nieuw.werkbank'))).rejects.toThrow();
  });

  it('leaves an invalid project file untouched', async () => {
    await write('goed.txt', INTERVIEW_1);
    const json = JSON.parse(new TextDecoder().decode(serializeProject(sampleSnapshot())));
    json.codings[0].end = 99_999;
    const bad = new TextEncoder().encode(JSON.stringify(json));
    await write('kapot.werkbank', bad);
    const result = await run(['import', 'goed.txt', '--project', 'kapot.werkbank']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kapot.werkbank');
    expect(result.stderr).toContain('codings[0].end');
    expect(await fs.readFile(path.join(dir(), 'kapot.werkbank'))).toEqual(Buffer.from(bad));
    const info = await run(['info', 'kapot.werkbank', '--json']);
    expect(info.code).toBe(1);
    expect(info.stdout).toBe('');
    expect(info.stderr).toContain('codings[0].end');
    await write('tekst.werkbank', 'geen json');
    expect((await run(['info', 'tekst.werkbank'])).stderr).toContain('tekst.werkbank: het projectbestand is geen geldige JSON');
    expect((await run(['info', 'weg.werkbank'])).code).toBe(1);
  });

  it('info prints a summary and --json the documented shape', async () => {
    await write('p.werkbank', serializeProject(sampleSnapshot()));
    const human = await run(['info', 'p.werkbank']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Project: Passend onderwijs — ervaringen');
    expect(human.stdout).toContain('Interview 1 – directeur — docx, 4 beurten');
    expect(human.stdout).toContain('R (Directeur 1)');
    expect(human.stdout).toContain('Codes: 2; coderingen: 2');

    const out = await run(['info', 'p.werkbank', '--json']);
    expect(out.code).toBe(0);
    const info = JSON.parse(out.stdout);
    expect(Object.keys(info)).toEqual(['project', 'documents', 'respondents', 'codes', 'codings', 'memos']);
    expect(info.project.name).toBe('Passend onderwijs — ervaringen');
    expect(info.documents[0]).toMatchObject({ name: 'Interview 1 – directeur', format: 'docx', sourceFileName: 'Interview 1 – directeur.docx', checksum: 'a'.repeat(64), turnCount: 4, codingCount: 1 });
    expect(info.documents[0].wordCount).toBeGreaterThan(20);
    expect(info.documents[0].respondentWordCount).toBeLessThan(info.documents[0].wordCount);
    expect(info.documents[0].speakers).toHaveLength(2);
    expect(info.documents[0]).not.toHaveProperty('text');
    expect(info.documents[0]).not.toHaveProperty('turns');
    expect(info.respondents).toHaveLength(2);
    expect(info.codes).toHaveLength(2);
    expect(info.codings).toHaveLength(2);

    const withText = JSON.parse((await run(['info', 'p.werkbank', '--json', '--with-text'])).stdout);
    expect(withText.documents[0].text).toBe(sampleSnapshot().documents[0].text);
    expect(withText.documents[0].turns).toHaveLength(4);
  });
});
