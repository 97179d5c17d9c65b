/**
 * `werkbank export P.werkbank --format csv|xlsx|docx --out FILE [--separator ';'|','] [--code LABEL|ID …]
 * [--lang nl|en]`: the coded fragments as a table (CSV, XLSX) or as a Word document grouped per
 * code. Every text is pseudonymised with the project's names to hide; respondents appear by
 * pseudonym and role only. `--code` may be repeated; a code selects its descendants too. Without
 * --out, CSV goes to standard output. The project file is only read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { retrieve, type RetrievalQuery } from '../../shared/analysis/retrieval';
import { isLanguage } from '../../shared/i18n';
import type { Language, ProjectSnapshot } from '../../shared/model/types';
import { fragmentsToCsv, fragmentsToDocx, fragmentsToXlsx } from '../../shared/report/fragments-export';
import { foldForMatch } from '../../shared/report/pseudonymise';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject } from '../project-file';

export const exportSpec = { values: ['format', 'out', 'separator', 'lang'], flags: ['help'] };

const FORMATS = ['csv', 'xlsx', 'docx'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** Takes every `--code X` / `--code=X` out of argv (the option may be repeated). */
export function takeRepeated(argv: string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === `--${name}`) {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError('cli.usage.missingValue', { option: `--${name}` });
      values.push(value);
      i++;
    } else if (arg.startsWith(`--${name}=`)) {
      const value = arg.slice(name.length + 3);
      if (value === '') throw new UsageError('cli.usage.missingValue', { option: `--${name}` });
      values.push(value);
    } else {
      rest.push(arg);
    }
  }
  return { values, rest };
}

/** Code ids for `--code` values: an exact id, else every code whose label matches (case/diacritics ignored). */
export function resolveCodes(snapshot: ProjectSnapshot, values: string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const byId = snapshot.codes.find((c) => c.id === value);
    const matches = byId ? [byId] : snapshot.codes.filter((c) => foldForMatch(c.label.trim()) === foldForMatch(value.trim()));
    if (matches.length === 0) unknown.push(value);
    for (const c of matches) if (!ids.includes(c.id)) ids.push(c.id);
  }
  return { ids, unknown };
}

export async function runExport(cli: Cli, argv: string[]): Promise<number> {
  const { values: codeArgs, rest } = takeRepeated(argv, 'code');
  const args = parseArgs(rest, exportSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.export'));
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('cli.usage.oneProject');
  const format = args.values.format as ExportFormat | undefined;
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError('cli.export.badFormat', { format: format ?? '', allowed: FORMATS.join(', ') });
  }
  const out = args.values.out;
  if (!out && format !== 'csv') throw new UsageError('cli.export.needOut');
  const separator = args.values.separator ?? ';';
  if (separator !== ';' && separator !== ',') throw new UsageError('cli.codebook.badSeparator', { separator });
  const projectArg = args.positional[0];
  const snapshot = await loadProject(cli, projectArg);
  if (!snapshot) return 1;
  // main() consumes --lang (message language); the output follows it, as `codebook export` does.
  const lang: Language = isLanguage(args.values.lang) ? args.values.lang : cli.lang;
  const query: RetrievalQuery = {};
  if (codeArgs.length > 0) {
    const { ids, unknown } = resolveCodes(snapshot, codeArgs);
    if (unknown.length > 0) throw new UsageError('cli.export.unknownCode', { code: unknown.join('", "') });
    query.codeIds = ids;
  }
  const count = retrieve(snapshot, query).length;
  if (format === 'csv' && !out) {
    // No byte order mark on a terminal or pipe; files keep it so Excel reads UTF-8.
    cli.out(fragmentsToCsv(snapshot, query, lang, { separator }).replace(/^\uFEFF/, '').replace(/\r?\n$/, ''));
    return 0;
  }
  const bytes =
    format === 'csv'
      ? new TextEncoder().encode(fragmentsToCsv(snapshot, query, lang, { separator }))
      : format === 'xlsx'
        ? await fragmentsToXlsx(snapshot, query, lang)
        : await fragmentsToDocx(snapshot, query, lang);
  try {
    await fs.writeFile(path.resolve(cli.cwd, out!), bytes);
  } catch (e) {
    cli.err(cli.t('cli.error.cannotWriteFile', { file: out!, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  cli.out(cli.t('cli.export.written', { file: out!, count }));
  return 0;
}
