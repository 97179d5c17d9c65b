/**
 * `werkbank import-qdpx FILE.qdpx --project P.werkbank [--force]` and
 * `werkbank export-qdpx P.werkbank --out FILE.qdpx`: REFI-QDA project exchange.
 *
 * Import creates a new project file (never merges into an existing one; an existing file is only
 * replaced with --force) and prints the import report. Nothing is written unless the whole
 * archive could be read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exportQdpx } from '../../shared/refi/qdpx-export';
import { importQdpx } from '../../shared/refi/qdpx-import';
import { importReportLines } from '../../shared/refi/report';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject, writeProjectFileAtomic } from '../project-file';
import { APP_VERSION } from '../version';

export const importQdpxSpec = { values: ['project', 'lang'], flags: ['force', 'help'] };
export const exportQdpxSpec = { values: ['out', 'lang'], flags: ['help'] };

export async function runImportQdpx(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, importQdpxSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.importQdpx'));
    return 0;
  }
  const projectArg = args.values.project;
  if (!projectArg) throw new UsageError('cli.usage.projectRequired');
  if (args.positional.length !== 1) throw new UsageError('cli.qdpx.oneFile');
  const file = args.positional[0];
  const projectPath = path.resolve(cli.cwd, projectArg);
  const exists = await fs.stat(projectPath).then(
    () => true,
    () => false,
  );
  if (exists && !args.flags.has('force')) {
    cli.err(cli.t('cli.qdpx.exists', { file: projectArg }));
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path.resolve(cli.cwd, file));
  } catch (e) {
    cli.err(cli.t('cli.error.cannotRead', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  const result = importQdpx(path.basename(file), bytes, { language: cli.lang });
  if (!result.ok) {
    cli.err(cli.t(result.error.key, { ...result.error.params, file }));
    return 1;
  }
  try {
    await writeProjectFileAtomic(projectPath, result.snapshot);
  } catch (e) {
    cli.err(cli.t('cli.error.cannotWrite', { file: projectArg, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  for (const line of importReportLines({ ...result.report, file }, cli.t)) cli.out(line);
  cli.out(cli.t('cli.qdpx.created', { file: projectArg }));
  return 0;
}

export async function runExportQdpx(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, exportQdpxSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.exportQdpx'));
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('cli.usage.oneProject');
  const out = args.values.out;
  if (!out) throw new UsageError('cli.qdpx.needOut');
  const projectArg = args.positional[0];
  const snap = await loadProject(cli, projectArg);
  if (!snap) return 1;
  const bytes = exportQdpx(snap, { appName: `Werkbank ${APP_VERSION}` });
  try {
    await fs.writeFile(path.resolve(cli.cwd, out), bytes);
  } catch (e) {
    cli.err(cli.t('cli.error.cannotWrite', { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  cli.out(
    cli.t('refi.export.done', { file: out, documents: snap.documents.length, codes: snap.codes.length, codings: snap.codings.length, memos: snap.memos.length }),
  );
  return 0;
}
