/**
 * The agreement table as rows: one per code either coder used (codebook order) and an overall row.
 * The same table goes into the CSV export, the CLI and the theme report's method appendix, so a
 * supervisor reads the figures the student saw.
 */
import { analysisIndex, codesInTreeOrder } from '../analysis/retrieval';
import { translate } from '../i18n';
import type { Language, ProjectSnapshot } from '../model/types';
import type { AgreementFigures, AgreementOptions, AgreementResult } from './agreement';
import { agreementRule } from './agreement';

export interface AgreementTable {
  header: string[];
  /** Cells: numbers for `numbers`, locale-formatted strings for `text` (— when undefined). */
  rows: (string | number)[][];
  /** Indexes of the numeric columns (right-aligned in tables). */
  numericColumns: number[];
  /** The rule in force, as sentences. */
  rule: string[];
}

/** Codes either coder used, in codebook order; then codes no longer in the codebook. */
function usedCodes(snapshot: Pick<ProjectSnapshot, 'codes' | 'codings' | 'documents' | 'project' | 'respondents' | 'memos' | 'codebookLog' | 'relations' | 'themes'>, result: AgreementResult) {
  const used = new Map(result.perCode.filter((r) => r.both + r.onlyA + r.onlyB > 0).map((r) => [r.codeId, r]));
  const ordered = codesInTreeOrder(analysisIndex(snapshot as ProjectSnapshot)).filter((c) => used.has(c.id));
  const known = new Set(ordered.map((c) => c.id));
  return [
    ...ordered.map((c) => ({ label: c.label, figures: used.get(c.id)! })),
    ...[...used.values()].filter((r) => !known.has(r.codeId)).map((r) => ({ label: r.codeId, figures: r })),
  ];
}

export function agreementTable(
  snapshot: ProjectSnapshot,
  result: AgreementResult,
  options: Pick<AgreementOptions, 'coders' | 'level' | 'includeUncoded' | 'overlapThreshold'>,
  lang: Language,
  format: 'text' | 'numbers',
): AgreementTable {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const [a, b] = options.coders;
  const header = [
    t('agreement.column.code'),
    t('agreement.column.n'),
    t('agreement.column.percent'),
    t('agreement.column.kappa'),
    t('agreement.column.alpha'),
    t('agreement.column.both'),
    t('agreement.column.onlyA', { coder: a }),
    t('agreement.column.onlyB', { coder: b }),
    t('agreement.column.neither'),
  ];
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const dash = t('agreement.undefined');
  const decimal = (x: number, digits: number): string | number => {
    if (!Number.isFinite(x)) return format === 'text' ? dash : '';
    if (format === 'numbers') return Math.round(x * 10 ** digits) / 10 ** digits;
    return x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  };
  const count = (x: number): string | number => (format === 'text' ? x.toLocaleString(locale) : x);
  const row = (label: string, f: AgreementFigures) => [
    label,
    count(f.n),
    decimal(f.percent * 100, 1),
    decimal(f.kappa, 3),
    decimal(f.alpha, 3),
    count(f.both),
    count(f.onlyA),
    count(f.onlyB),
    count(f.neither),
  ];
  const rows = [...usedCodes(snapshot, result).map((r) => row(r.label, r.figures)), row(t('agreement.overall'), result.overall)];
  return { header, rows, numericColumns: [1, 2, 3, 4, 5, 6, 7, 8], rule: agreementRule(options).map((r) => t(r.key, r.params)) };
}

/** The two coders with the most codings (most first; on a tie, who coded first), or fewer. */
export function mostActiveCoders(snapshot: Pick<ProjectSnapshot, 'codings'>): string[] {
  const stats = new Map<string, { count: number; first: string }>();
  for (const c of snapshot.codings) {
    if (!c.coder) continue;
    const s = stats.get(c.coder) ?? { count: 0, first: c.createdAt };
    s.count++;
    if (c.createdAt < s.first) s.first = c.createdAt;
    stats.set(c.coder, s);
  }
  return [...stats]
    .sort(([a, x], [b, y]) => y.count - x.count || (x.first < y.first ? -1 : x.first > y.first ? 1 : a.localeCompare(b)))
    .slice(0, 2)
    .map(([coder]) => coder);
}
