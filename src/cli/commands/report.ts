/**
 * `werkbank report P.werkbank --format docx|pdf --out FILE [--lang nl|en] [--title T] [--author A]`:
 * the theme report (the same model the app previews) as Word or PDF, pseudonymised. The report's
 * language is the CLI language (--lang, else LC_ALL/LANG), as for `codebook export`. The PDF embeds the DejaVu fonts
 * (package dejavu-fonts-ttf) so Dutch diacritics render everywhere. The project file is only read.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isLanguage } from '../../shared/i18n';
import type { Language } from '../../shared/model/types';
import { buildReportDocx } from '../../shared/report/docx-report';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../shared/report/model';
import { buildReportPdf } from '../../shared/report/pdf-report';
import { buildReportModel } from '../../shared/report/report-model';
import { parseArgs, UsageError } from '../args';
import type { Cli } from '../context';
import { loadProject } from '../project-file';

export const reportSpec = { values: ['format', 'out', 'lang', 'title', 'author'], flags: ['help'] };

/** The regular, bold and italic DejaVu Sans fonts from the dejavu-fonts-ttf package. */
export async function dejavuFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array; italic: Uint8Array }> {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const [regular, bold, italic] = await Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map(async (f) => new Uint8Array(await fs.readFile(path.join(dir, f)))),
  );
  return { regular, bold, italic };
}

export async function runReport(cli: Cli, argv: string[]): Promise<number> {
  const args = parseArgs(argv, reportSpec);
  if (args.flags.has('help')) {
    cli.out(cli.t('cli.help.report'));
    return 0;
  }
  if (args.positional.length !== 1) throw new UsageError('cli.usage.oneProject');
  const format = args.values.format;
  if (format !== 'docx' && format !== 'pdf') throw new UsageError('cli.report.badFormat', { format: format ?? '' });
  const out = args.values.out;
  if (!out) throw new UsageError('cli.report.needOut');
  const projectArg = args.positional[0];
  const snapshot = await loadProject(cli, projectArg);
  if (!snapshot) return 1;
  // main() consumes --lang (message language); the output follows it, as `codebook export` does.
  const lang: Language = isLanguage(args.values.lang) ? args.values.lang : cli.lang;
  const options: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, lang };
  if (args.values.title) options.title = args.values.title;
  if (args.values.author) options.author = args.values.author;
  const model = buildReportModel(snapshot, options);
  const bytes = format === 'docx' ? await buildReportDocx(model) : await buildReportPdf(model, await dejavuFonts());
  try {
    await fs.writeFile(path.resolve(cli.cwd, out), bytes);
  } catch (e) {
    cli.err(cli.t('cli.error.cannotWriteFile', { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  cli.out(cli.t('cli.report.written', { file: out }));
  return 0;
}
