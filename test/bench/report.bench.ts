/**
 * Theme report on the analysis bench project: 100 documents (~8,000 words each, with turns and
 * 10 respondents in 5 roles), 50,000 codings with valences, 60 codes and 4 themes over the 10
 * top-level codes with 15 key quotes each. Times the whole path a student's click takes: the
 * model (figures, factors, frequency tables, code list) plus the DOCX or PDF writer.
 * Baseline, in the same run: `JSON.stringify(snapshot)` — merely serialising the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectSnapshot, Theme, Valence } from '../../src/shared/model/types';
import { buildReportDocx, buildReportModel, buildReportPdf, DEFAULT_REPORT_OPTIONS } from '../../src/shared/report';
import { fragmentsToCsv, fragmentsToXlsx } from '../../src/shared/report/fragments-export';
import { analysisBenchProject } from './analysis.bench';
import { seededRandom } from './generate';
import { formatMs, median, timeIt } from './timing';

export function reportBenchProject(): ProjectSnapshot {
  const s = analysisBenchProject();
  const random = seededRandom(11);
  const valences: (Valence | undefined)[] = ['bevorderend', 'belemmerend', 'neutraal', undefined];
  s.codings = s.codings.map((c) => {
    const v = valences[Math.floor(random() * valences.length)];
    return v ? { ...c, valence: v } : c;
  });
  const top = s.codes.filter((c) => c.parentId === null);
  const NOW = s.project.createdAt;
  s.themes = Array.from({ length: 4 }, (_, i): Theme => {
    const categoryIds = top.filter((_, j) => j % 4 === i).map((c) => c.id);
    const inTheme = new Set(s.codes.filter((c) => categoryIds.includes(c.id) || (c.parentId !== null && categoryIds.includes(c.parentId))).map((c) => c.id));
    const keyQuoteIds = s.codings.filter((c) => inTheme.has(c.codeId)).slice(0, 15).map((c) => c.id);
    return {
      id: `theme-${i}`, projectId: s.project.id, label: `Thema ${i + 1}`, definition: `Definitie van thema ${i + 1}: één zin met ë en ï.`, layer: i < 2 ? 'Visie' : 'Randvoorwaarden',
      order: i, color: '#2f5496', categoryIds, keyQuoteIds, summary: 'Samenvatting van het thema – met ‘aanhalingstekens’ en “citaten”…', createdAt: NOW, updatedAt: NOW,
    };
  });
  s.project = { ...s.project, storyline: 'De verhaallijn verbindt de thema’s.', pseudonyms: [{ name: 'Gerard Hofstee', replacement: '[directeur]' }] };
  return s;
}

export async function benchReport(): Promise<string[]> {
  const s = reportBenchProject();
  const dir = join(import.meta.dirname, '../../node_modules/dejavu-fonts-ttf/ttf');
  const fonts = {
    regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
    italic: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Oblique.ttf'))),
  };
  const options = { lang: 'nl' as const, ...DEFAULT_REPORT_OPTIONS };
  // "cold": a fresh snapshot object each round, so the analysis indexes are rebuilt in the timing.
  const fresh = () => ({ ...s }) as ProjectSnapshot;
  let jsonBytes = 0;
  const baseline = median(await timeIt(5, () => (jsonBytes = JSON.stringify(s).length)));
  const model = median(await timeIt(5, () => buildReportModel(fresh(), options)));
  let docxBytes = 0;
  const docx = median(await timeIt(5, async () => (docxBytes = (await buildReportDocx(buildReportModel(fresh(), options))).length)));
  let pdfBytes = 0;
  let blocks = 0;
  const pdf = median(
    await timeIt(5, async () => {
      const m = buildReportModel(fresh(), options);
      blocks = m.blocks.length;
      pdfBytes = (await buildReportPdf(m, fonts)).length;
    }),
  );
  // The fragment exports: every coding as a row, the same retrieval the app's export dialog runs.
  let csvBytes = 0;
  const csv = median(await timeIt(3, () => (csvBytes = fragmentsToCsv(fresh(), {}, 'nl', { separator: ';' }).length)));
  let xlsxBytes = 0;
  const xlsx = median(await timeIt(3, async () => (xlsxBytes = (await fragmentsToXlsx(fresh(), {}, 'nl')).length)));
  const goal = (ms: number) => (ms < 3000 ? 'met' : 'NOT met');
  return [
    `report: ${s.documents.length} documents, ${s.codings.length.toLocaleString('en')} codings, ${s.themes.length} themes × 15 key quotes (${blocks} blocks; JSON ${(jsonBytes / 1e6).toFixed(1)} MB, DOCX ${(docxBytes / 1e3).toFixed(0)} kB, PDF ${(pdfBytes / 1e3).toFixed(0)} kB)`,
    `  baseline JSON.stringify(snapshot)   ${formatMs(baseline)}`,
    `  model only (cold indexes)           ${formatMs(model)}`,
    `  DOCX (model + docx + zip)           ${formatMs(docx)}   ratio ${(docx / baseline).toFixed(2)}× baseline   goal < 3 s ${goal(docx)}`,
    `  PDF (model + layout + DejaVu)       ${formatMs(pdf)}   ratio ${(pdf / baseline).toFixed(2)}× baseline   goal < 3 s ${goal(pdf)}`,
    `fragment export: ${s.codings.length.toLocaleString('en')} rows (CSV ${(csvBytes / 1e6).toFixed(1)} M chars, XLSX ${(xlsxBytes / 1e6).toFixed(1)} MB)`,
    `  CSV (retrieval + pseudonyms + rows) ${formatMs(csv)}   ratio ${(csv / baseline).toFixed(2)}× baseline`,
    `  XLSX (exceljs, shared strings, zip) ${formatMs(xlsx)}   ratio ${(xlsx / baseline).toFixed(2)}× baseline`,
  ];
}
