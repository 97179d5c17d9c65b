/**
 * `werkbank merge BASE.werkbank OTHER.werkbank --out MERGED.werkbank`: merges a copy of a project
 * (e.g. a second coder's) into the base project; both coders' work is kept, nothing of the base is
 * overwritten (see src/shared/project/merge.ts). The input files are only read.
 */
import path from 'node:path';
import { mergeProjects } from '../../shared/project/merge';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject, writeProjectFileAtomic } from '../project-file';

export const mergeSpec = { values: ['out', 'lang'], flags: ['help'] };

export async function runMerge(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, mergeSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.merge'));
    return 0;
  }
  if (args.positional.length !== 2) throw new UsageError('cli.merge.twoFiles');
  const out = args.values.out;
  if (!out) throw new UsageError('cli.merge.needOut');
  const snapshots = [];
  for (const file of args.positional) {
    const snapshot = await loadProject(cli, file);
    if (!snapshot) return 1;
    snapshots.push(snapshot);
  }
  const { snapshot, report } = mergeProjects(snapshots[0], snapshots[1], { language: cli.lang });
  try {
    await writeProjectFileAtomic(path.resolve(cli.cwd, out), snapshot);
  } catch (e) {
    cli.err(cli.t('cli.error.cannotWrite', { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  for (const message of report.conflicts) cli.out(cli.t('cli.merge.conflict', { message }));
  cli.out(
    cli.t('cli.merge.summary', {
      file: out,
      codings: report.addedCodings,
      memos: report.addedMemos,
      codes: report.addedCodes,
      documents: report.addedDocuments,
      conflicts: report.conflicts.length,
    }),
  );
  return 0;
}
