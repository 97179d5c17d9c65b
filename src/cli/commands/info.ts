/**
 * `werkbank info P.werkbank [--json] [--with-text]`: a summary of a project file, for people or
 * (with --json) for scripts. The file is only read.
 */
import type { Document, ProjectSnapshot } from '../../shared/model/types';
import { documentWordCount } from '../../shared/project/commands';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject } from '../project-file';

export const infoSpec = { values: ['lang'], flags: ['json', 'with-text', 'help'] };

/** The JSON shape of `info --json` (documents without text and turns unless --with-text). */
export function projectInfoJson(snapshot: ProjectSnapshot, withText = false) {
  const codingsPerDoc = new Map<string, number>();
  for (const c of snapshot.codings) codingsPerDoc.set(c.documentId, (codingsPerDoc.get(c.documentId) ?? 0) + 1);
  return {
    project: snapshot.project,
    documents: snapshot.documents.map((d) => ({
      id: d.id,
      name: d.name,
      sourceFileName: d.sourceFileName,
      format: d.format,
      encoding: d.encoding,
      checksum: d.checksum,
      byteLength: d.byteLength,
      importedAt: d.importedAt,
      order: d.order,
      characterCount: d.text.length,
      turnCount: d.turns.length,
      wordCount: documentWordCount(d),
      respondentWordCount: documentWordCount(d, true),
      codingCount: codingsPerDoc.get(d.id) ?? 0,
      speakers: d.speakers,
      importWarnings: d.importWarnings,
      ...(d.media ? { media: d.media } : {}),
      ...(withText ? { text: d.text, turns: d.turns } : {}),
    })),
    respondents: snapshot.respondents,
    codes: snapshot.codes,
    codings: snapshot.codings,
    memos: snapshot.memos,
  };
}

function speakerText(cli: Cli, snapshot: ProjectSnapshot, doc: Document): string {
  return doc.speakers
    .map((s) => {
      const role =
        s.role.kind === 'respondent'
          ? (snapshot.respondents.find((r) => r.id === (s.role as { respondentId: string }).respondentId)?.pseudonym ?? '?')
          : cli.t(`cli.info.role.${s.role.kind}`);
      return `${s.label} (${role})`;
    })
    .join(', ');
}

export async function runInfo(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, infoSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.info'));
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('cli.usage.oneProject');
  const file = args.positional[0];
  const s = await loadProject(cli, file);
  if (!s) return 1;
  if (args.flags.has('json')) {
    cli.out(JSON.stringify(projectInfoJson(s, args.flags.has('with-text')), null, 2));
    return 0;
  }
  cli.out(cli.t('cli.info.project', { name: s.project.name, id: s.project.id }));
  if (s.project.description) cli.out(cli.t('cli.info.description', { description: s.project.description }));
  cli.out(cli.t('cli.info.dates', { created: s.project.createdAt, updated: s.project.updatedAt }));
  cli.out();
  cli.out(cli.t('cli.info.documents', { count: s.documents.length }));
  for (const d of s.documents) {
    cli.out(
      '  ' +
        cli.t('cli.info.document', {
          name: d.name,
          format: d.format,
          turns: d.turns.length,
          words: documentWordCount(d),
        }),
    );
    if (d.speakers.length) cli.out('    ' + cli.t('cli.info.speakers', { speakers: speakerText(cli, s, d) }));
  }
  cli.out();
  cli.out(cli.t('cli.info.respondents', { count: s.respondents.length }));
  for (const r of s.respondents) cli.out(`  ${r.pseudonym}${r.role ? ` (${r.role})` : ''}`);
  cli.out();
  cli.out(cli.t('cli.info.counts', { codes: s.codes.length, codings: s.codings.length, memos: s.memos.length }));
  return 0;
}
