/**
 * `werkbank import <files…> --project P.werkbank [--dir-recursive] [--codebook ID] [--coder NAME]`
 *
 * A new project gets the predefined codebook `--codebook` (id or its number, e.g. 000) and the
 * coder name `--coder`; an existing project with codes refuses `--codebook` (nothing is replaced).
 *
 * Every file is parsed on its own: a file that fails is named with its reason on stderr and adds
 * nothing; duplicates (same SHA-256 as a document in the project or earlier in this run) are
 * skipped with a note; the rest are imported in one change set. The project file is written
 * atomically, and only when something was imported; an existing project file that cannot be read
 * is left untouched. Exit code: 0 all imported (or skipped as duplicates), 1 any failure.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseSourceFile, SUPPORTED_EXTENSIONS } from '../../shared/import';
import { applyToSnapshot } from '../../shared/model/changes';
import type { ProjectSnapshot } from '../../shared/model/types';
import { baseName, findDuplicate, importDocuments, newProjectSnapshot, type ImportCandidate } from '../../shared/project/commands';
import { applyCodebook, predefinedCodebookCodes } from '../../shared/codebook/commands';
import { PREDEFINED_CODEBOOKS } from '../../shared/codebook/registry';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { readProjectFile, writeProjectFileAtomic } from '../project-file';


export const importSpec = { values: ['project', 'lang', 'codebook', 'coder'], flags: ['dir-recursive', 'help'] };

interface Input {
  /** Path as shown to the user. */
  display: string;
  abs: string;
}

async function expand(cli: Cli, args: string[], recursive: boolean): Promise<{ inputs: Input[]; failed: number }> {
  const inputs: Input[] = [];
  let failed = 0;
  const walk = async (dir: string, display: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
    for (const e of entries) {
      // Hidden files, Word lock files ("~$interview.docx") and editor backups are never transcripts.
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const abs = path.join(dir, e.name);
      const shown = path.join(display, e.name);
      if (e.isDirectory()) {
        if (recursive) await walk(abs, shown);
      } else if (e.isFile() && (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase())) {
        inputs.push({ display: shown, abs });
      }
    }
  };
  for (const arg of args) {
    const abs = path.resolve(cli.cwd, arg);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      cli.err(cli.t('cli.import.notFound', { file: arg }));
      failed++;
      continue;
    }
    if (stat.isDirectory()) {
      const before = inputs.length;
      await walk(abs, arg);
      if (inputs.length === before) cli.err(cli.t('cli.import.emptyDirectory', { dir: arg }));
    } else {
      inputs.push({ display: arg, abs });
    }
  }
  return { inputs, failed };
}

export async function runImport(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, importSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.import'));
    return 0;
  }
  const projectArg = args.values.project;
  if (!projectArg) throw new UsageError('cli.usage.projectRequired');
  if (args.positional.length === 0) throw new UsageError('cli.usage.filesRequired');
  const projectPath = path.resolve(cli.cwd, projectArg);

  const codebookArg = args.values.codebook;
  const codebook = codebookArg === undefined ? undefined : PREDEFINED_CODEBOOKS.find((c) => c.id === codebookArg || c.id.startsWith(`${codebookArg}-`));
  if (codebookArg !== undefined && !codebook) throw new UsageError('cli.import.unknownCodebook', { id: codebookArg });
  const existing = await readProjectFile(projectPath);
  let snapshot: ProjectSnapshot;
  let isNew = false;
  if (existing.ok) snapshot = existing.snapshot;
  else if (existing.missing) {
    isNew = true;
    snapshot = newProjectSnapshot({ name: baseName(projectArg), settings: { language: cli.lang, coderName: args.values.coder?.trim() ?? '' } });
  } else {
    cli.err(cli.t(existing.error.key, { ...existing.error.params, file: projectArg }));
    return 1;
  }
  if (codebook) {
    if (snapshot.codes.length > 0) {
      cli.err(cli.t('cli.import.codebookOnlyNew', { file: projectArg, count: snapshot.codes.length }));
      return 1;
    }
    const { codes, origin } = predefinedCodebookCodes(codebook.id, { projectId: snapshot.project.id });
    snapshot = applyToSnapshot(snapshot, applyCodebook(snapshot, { codes }, origin, { coder: snapshot.project.settings.coderName }));
    cli.out(cli.t('cli.import.codebookApplied', { title: codebook.title, count: snapshot.codes.length }));
  }

  const { inputs, failed: missing } = await expand(cli, args.positional, args.flags.has('dir-recursive'));
  let failed = missing;
  let duplicates = 0;
  const candidates: ImportCandidate[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(input.abs);
    } catch (e) {
      cli.err(cli.t('cli.error.cannotRead', { file: input.display, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
      failed++;
      continue;
    }
    const outcome = await parseSourceFile({ name: path.basename(input.abs), bytes });
    if (!outcome.ok) {
      cli.err(cli.t(outcome.error.key, { ...outcome.error.params, file: input.display }));
      failed++;
      continue;
    }
    const dup = findDuplicate(snapshot, outcome.checksum);
    const dupInRun = seen.get(outcome.checksum);
    if (dup || dupInRun) {
      cli.out(cli.t('cli.import.duplicate', { file: input.display, document: dup ? dup.name : (dupInRun ?? '') }));
      duplicates++;
      continue;
    }
    seen.set(outcome.checksum, input.display);
    candidates.push({
      fileName: path.basename(input.abs),
      checksum: outcome.checksum,
      byteLength: outcome.byteLength,
      transcript: outcome.transcript,
    });
    const t = outcome.transcript;
    cli.out(
      cli.t('cli.import.imported', {
        file: input.display,
        format: t.format,
        turns: t.turns.length,
        speakers: t.speakers.length,
      }),
    );
    for (const w of t.warnings) cli.out('  ' + cli.t('cli.import.warning', { message: cli.t(w.key, { file: input.display, ...w.params }) }));
  }

  if (candidates.length > 0 || codebook) {
    if (candidates.length > 0) snapshot = applyToSnapshot(snapshot, importDocuments(snapshot, candidates));
    snapshot = { ...snapshot, project: { ...snapshot.project, updatedAt: new Date().toISOString() } };
    try {
      await writeProjectFileAtomic(projectPath, snapshot);
    } catch (e) {
      cli.err(cli.t('cli.error.cannotWrite', { file: projectArg, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
      return 1;
    }
  }
  const summaryKey = candidates.length === 0 && !codebook ? 'cli.import.summaryUnchanged' : isNew ? 'cli.import.summaryCreated' : 'cli.import.summary';
  cli.out(
    cli.t(summaryKey, {
      imported: candidates.length,
      duplicates,
      failed,
      project: projectArg,
      documents: snapshot.documents.length,
    }),
  );
  return failed > 0 ? 1 : 0;
}
