/**
 * `werkbank stats P.werkbank [--format json|csv] [--table frequencies|cooccurrence|crosstab]
 * [--mode overlap|turn] [--columns role|document|attr:NAME] [--measure fragments|respondents]
 * [--separator ';'] [--out FILE]`: the analysis tables of a project file. JSON holds all three
 * tables with code labels; CSV one table (default frequencies). The project file is only read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { coOccurrence, type CoOccurrenceMode } from '../../shared/analysis/cooccurrence';
import { crosstab, type CrosstabColumns } from '../../shared/analysis/crosstab';
import { codeFrequencies } from '../../shared/analysis/frequencies';
import { tableToCsv, type Cell } from '../../shared/analysis/table-export';
import type { ProjectSnapshot } from '../../shared/model/types';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject } from '../project-file';

export const statsSpec = { values: ['format', 'table', 'mode', 'columns', 'measure', 'separator', 'out', 'lang'], flags: ['help'] };

const TABLES = ['frequencies', 'cooccurrence', 'crosstab'] as const;
type TableName = (typeof TABLES)[number];

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError('cli.stats.badValue', { option, value, allowed: allowed.join(', ') });
  return value as T;
}

function parseColumns(value: string | undefined): CrosstabColumns {
  if (value === undefined || value === 'role' || value === 'document') return value ?? 'role';
  if (value.startsWith('attr:') && value.length > 5) return { attribute: value.slice(5) };
  throw new UsageError('cli.stats.badValue', { option: '--columns', value, allowed: 'role, document, attr:NAME' });
}

export interface StatsOptions {
  mode: CoOccurrenceMode;
  columns: CrosstabColumns;
  measure: 'fragments' | 'respondents';
}

/** All three tables with code labels (the JSON output). */
export function statsJson(snapshot: ProjectSnapshot, options: StatsOptions) {
  const label = new Map(snapshot.codes.map((c) => [c.id, c.label]));
  const co = coOccurrence(snapshot, { mode: options.mode });
  const ct = crosstab(snapshot, { columns: options.columns, measure: options.measure });
  return {
    project: { id: snapshot.project.id, name: snapshot.project.name },
    frequencies: codeFrequencies(snapshot),
    cooccurrence: { mode: options.mode, codes: co.codeIds.map((id) => ({ id, label: label.get(id) ?? id })), matrix: co.matrix },
    crosstab: {
      columns: options.columns,
      measure: options.measure,
      columnKeys: ct.columns,
      columnLabels: ct.columnLabels,
      rows: ct.rowIds.map((id, i) => ({ id, label: label.get(id) ?? id, cells: ct.cells[i], total: ct.rowTotals[i] })),
      columnTotals: ct.columnTotals,
      total: ct.total,
    },
  };
}

/** One table as header + rows (the CSV output). */
export function statsTable(cli: Cli, snapshot: ProjectSnapshot, table: TableName, options: StatsOptions): { header: string[]; rows: Cell[][] } {
  const label = new Map(snapshot.codes.map((c) => [c.id, c.label]));
  const codeHeader = cli.t('analysis.table.code');
  if (table === 'frequencies') {
    const rows = codeFrequencies(snapshot);
    const roles = [...new Set(rows.flatMap((r) => Object.keys(r.byRole)))].sort((a, b) => a.localeCompare(b, 'nl'));
    const header = [
      codeHeader,
      cli.t('analysis.table.fragments'),
      cli.t('analysis.table.documents'),
      cli.t('analysis.table.respondents'),
      ...roles.flatMap((r) => [`${r}: ${cli.t('analysis.table.fragments')}`, `${r}: ${cli.t('analysis.table.respondents')}`]),
    ];
    return {
      header,
      rows: rows.map((r) => [r.label, r.fragments, r.documents, r.respondents, ...roles.flatMap((role) => [r.byRole[role]?.fragments ?? 0, r.byRole[role]?.respondents ?? 0])]),
    };
  }
  if (table === 'cooccurrence') {
    const co = coOccurrence(snapshot, { mode: options.mode });
    const labels = co.codeIds.map((id) => label.get(id) ?? id);
    return { header: [codeHeader, ...labels], rows: co.matrix.map((row, i) => [labels[i], ...row]) };
  }
  const ct = crosstab(snapshot, { columns: options.columns, measure: options.measure });
  const total = cli.t('analysis.table.total');
  return {
    header: [codeHeader, ...ct.columnLabels, total],
    rows: [
      ...ct.rowIds.map((id, i): Cell[] => [label.get(id) ?? id, ...ct.cells[i], ct.rowTotals[i]]),
      [total, ...ct.columnTotals, ct.total],
    ],
  };
}

export async function runStats(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, statsSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.stats'));
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('cli.usage.oneProject');
  const format = choice(args.values.format, ['json', 'csv'] as const, 'json', '--format');
  const table = choice(args.values.table, TABLES, 'frequencies', '--table');
  const separator = choice(args.values.separator, [',', ';'] as const, ',', '--separator');
  const options: StatsOptions = {
    mode: choice(args.values.mode, ['overlap', 'turn'] as const, 'overlap', '--mode'),
    columns: parseColumns(args.values.columns),
    measure: choice(args.values.measure, ['fragments', 'respondents'] as const, 'fragments', '--measure'),
  };
  const projectArg = args.positional[0];
  const snapshot = await loadProject(cli, projectArg);
  if (!snapshot) return 1;
  let text: string;
  if (format === 'json') {
    text = JSON.stringify(statsJson(snapshot, options), null, 2) + '\n';
  } else {
    const { header, rows } = statsTable(cli, snapshot, table, options);
    text = tableToCsv(header, rows, { separator });
  }
  const out = args.values.out;
  if (!out) {
    // No byte order mark on a terminal or pipe; files keep it so Excel reads UTF-8.
    cli.out(text.replace(/^\uFEFF/, '').replace(/\r?\n$/, ''));
    return 0;
  }
  try {
    await fs.writeFile(path.resolve(cli.cwd, out), text, 'utf8');
  } catch (e) {
    cli.err(cli.t('cli.error.cannotWrite', { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  cli.out(cli.t('cli.stats.written', { file: out }));
  return 0;
}
