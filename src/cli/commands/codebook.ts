/**
 * `werkbank codebook list | export | validate`: the shipped codebooks, a project's code list as
 * DOCX/CSV/REFI-QDA .qdc, and checking a codebook file (.json or .qdc).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PREDEFINED_CODEBOOKS, validateCodebook } from '../../shared/codebook';
import { buildCodebookAppendixDocx } from '../../shared/codebook/export-docx';
import { codebookToCsv } from '../../shared/codebook/export-csv';
import { codebookToQdc, parseQdc } from '../../shared/refi/qdc';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject } from '../project-file';
import { APP_VERSION } from '../version';

export const codebookSpec = { values: ['lang', 'format', 'out', 'separator', 'schema'], flags: ['help', 'with-definitions', 'with-counts', 'json'] };

export async function runCodebook(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, codebookSpec);
  const [sub, ...rest] = args.positional;
  if (args.flags.has('help') || sub === undefined) {
    cli.out(cli.t('cli.help.codebook'));
    return sub === undefined && !args.flags.has('help') ? 2 : 0;
  }
  if (sub === 'list') return list(cli, args.flags.has('json'));
  if (sub === 'export') {
    if (rest.length !== 1) throw new UsageError('cli.usage.oneProject');
    const format = args.values.format;
    if (format !== 'docx' && format !== 'csv' && format !== 'qdc') throw new UsageError('cli.codebook.badFormat', { format: format ?? '' });
    const out = args.values.out;
    if (!out) throw new UsageError('cli.codebook.needOut');
    const separator = args.values.separator ?? ';';
    if (separator !== ';' && separator !== ',') throw new UsageError('cli.codebook.badSeparator', { separator });
    const snap = await loadProject(cli, rest[0]);
    if (!snap) return 1;
    if (snap.codes.length === 0) {
      cli.err(cli.t('cli.codebook.emptyCodebook', { file: rest[0] }));
      return 1;
    }
    const bytes =
      format === 'docx'
        ? await buildCodebookAppendixDocx(snap, { lang: cli.lang, withDefinitions: args.flags.has('with-definitions'), withCounts: args.flags.has('with-counts') })
        : new TextEncoder().encode(format === 'csv' ? codebookToCsv(snap, { lang: cli.lang, separator }) : codebookToQdc(snap, { origin: `Werkbank ${APP_VERSION}` }));
    await fs.writeFile(path.resolve(cli.cwd, out), bytes);
    cli.out(cli.t('cli.codebook.exported', { count: snap.codes.length, file: out }));
    return 0;
  }
  if (sub === 'validate') {
    if (rest.length !== 1) throw new UsageError('cli.codebook.oneFile');
    return validate(cli, rest[0], args.values.schema);
  }
  throw new UsageError('cli.codebook.unknownSub', { sub });
}

function list(cli: Cli, json: boolean): number {
  const rows = PREDEFINED_CODEBOOKS.map((cb) => {
    const levels: Record<string, number> = {};
    for (const c of cb.codes) levels[c.level] = (levels[c.level] ?? 0) + 1;
    return { id: cb.id, title: cb.title, version: cb.version, codes: cb.codes.length, levels, citation: cb.source.document };
  });
  if (json) {
    cli.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  for (const r of rows) {
    cli.out(`${r.id}  v${r.version}`);
    cli.out(`  ${r.title}`);
    cli.out(`  ${cli.t('cli.codebook.levels', { count: r.codes, levels: Object.entries(r.levels).map(([k, v]) => `${k} ${v}`).join(', ') })}`);
    cli.out(`  ${r.citation}`);
    cli.out();
  }
  return 0;
}

async function validate(cli: Cli, file: string, schema: string | undefined): Promise<number> {
  const full = path.resolve(cli.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(full);
  } catch (e) {
    cli.err(cli.t('cli.error.cannotRead', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  if (/\.qdc$/i.test(file)) {
    const parsed = parseQdc(file, bytes);
    if (!parsed.ok) {
      cli.err(cli.t(parsed.error.key, { ...parsed.error.params }));
      return 1;
    }
    if (schema) {
      const r = spawnSync('xmllint', ['--noout', '--schema', path.resolve(cli.cwd, schema), full], { encoding: 'utf8' });
      if (r.error) cli.err(cli.t('cli.codebook.noXmllint'));
      else if (r.status !== 0) {
        cli.err(r.stderr.trim());
        return 1;
      }
    }
    let count = 0;
    const walk = (l: { children: unknown[] }[]) => l.forEach((c) => (count++, walk(c.children as { children: unknown[] }[])));
    walk(parsed.codes);
    cli.out(cli.t('cli.codebook.valid', { file, count }));
    return 0;
  }
  const result = validateCodebook(file, new TextDecoder().decode(bytes));
  if (!result.ok) {
    for (const e of result.errors) cli.err(cli.t(e.key, e.params));
    return 1;
  }
  cli.out(cli.t('cli.codebook.valid', { file, count: result.codebook.codes.length }));
  return 0;
}
