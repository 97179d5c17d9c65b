/** The `.qdpx` import report as translated lines (CLI output, the app's import summary). */
import type { ImportReport } from './qdpx-import';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function importReportLines(report: ImportReport, t: Translate): string[] {
  // Each count is its own message, so "1 document" gets its singular form.
  const counted = (['documents', 'codes', 'codings', 'memos', 'respondents', 'coders'] as const).map((k) => t(`refi.count.${k}`, { count: report.counts[k] }));
  const lines = [t('refi.report.summary', { file: report.file, list: counted.join(', ') })];
  if (report.origin) lines.push(t('refi.report.origin', { origin: report.origin }));
  for (const s of report.sources) {
    const model = s.positionModel === 'codepoints' ? t('refi.report.model.codepoints') : t(`refi.report.model.utf16.${s.positionReason}`);
    lines.push(t('refi.report.source', { name: s.name, codings: t('refi.count.codings', { count: s.codings }), model, lineEnds: s.lineEnds.toUpperCase() }));
  }
  for (const n of report.notes) lines.push(t(n.key, n.params));
  if (report.skipped.length === 0) lines.push(t('refi.report.nothingSkipped'));
  else {
    lines.push(t('refi.report.skippedHeader'));
    for (const s of report.skipped) {
      const examples = s.examples.length ? t('refi.report.examples', { examples: s.examples.join(', ') }) : '';
      lines.push(`  - ${t(s.key, { count: s.count })}${examples}`);
    }
  }
  return lines;
}
