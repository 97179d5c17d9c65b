/**
 * Renders the theme report of a realistic project (the fixture transcripts, codebook 000, a few
 * dozen codings, two themes) to DOCX and PDF, and page images of both for a visual check:
 *
 *   npx tsx scripts/render-report.ts [outDir] [--lang en]
 *
 * Writes report.docx, report.pdf, report-docx.pdf (LibreOffice's rendering of the DOCX) and
 * pdf-N.png / docx-N.png (pdftoppm, 60 dpi, pages 1–6) to outDir (default /tmp/werkbank-report).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportDocx, buildReportModel, buildReportPdf, DEFAULT_REPORT_OPTIONS } from '../src/shared/report';
import { realisticProject } from '../test/unit/report/realistic-project';

const args = process.argv.slice(2);
const lang = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'nl';
const outDir = args.find((a) => !a.startsWith('--') && a !== 'en' && a !== 'nl') ?? '/tmp/werkbank-report';
mkdirSync(outDir, { recursive: true });

const FONTS = join(import.meta.dirname, '../node_modules/dejavu-fonts-ttf/ttf');
const font = (name: string) => new Uint8Array(readFileSync(join(FONTS, name)));

const snapshot = await realisticProject();
const model = buildReportModel(snapshot, { lang, ...DEFAULT_REPORT_OPTIONS, author: 'S. Kuipers (student)' }, { now: '2024-06-01T12:00:00.000Z' });
const docx = await buildReportDocx(model);
const pdf = await buildReportPdf(model, { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf'), italic: font('DejaVuSans-Oblique.ttf') });
writeFileSync(join(outDir, 'report.docx'), docx);
writeFileSync(join(outDir, 'report.pdf'), pdf);
writeFileSync(join(outDir, 'model.json'), JSON.stringify(model, null, 2));
console.log(`${snapshot.codings.length} codings, ${model.blocks.length} blocks; docx ${docx.length} B, pdf ${pdf.length} B`);

execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '8', join(outDir, 'report.pdf'), join(outDir, 'pdf')]);
try {
  const profile = `file://${join(outDir, 'lo-profile')}`;
  execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(outDir, 'lo'), join(outDir, 'report.docx')], { stdio: 'ignore', timeout: 120_000 });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '8', join(outDir, 'lo', 'report.pdf'), join(outDir, 'docx')]);
} catch (error) {
  console.warn(`LibreOffice conversion failed: ${(error as Error).message}`);
}
console.log(`written to ${outDir}`);
