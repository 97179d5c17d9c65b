/**
 * The theme report as a document-neutral model: `buildReportModel` (report-model.ts) fills it
 * from a project; the DOCX and PDF writers and the in-app preview all render this same model, so
 * what a student previews is what the supervisor reads.
 */
import type { AgreementOptions } from '../agreement/agreement';
import type { Language } from '../model/types';

/** Which parts go into the report; the user chooses. */
export interface ReportOptions {
  lang: Language;
  title?: string;
  author?: string;
  includeTitlePage: boolean;
  includeMethod: boolean;
  includeFrequencyTables: boolean;
  includeCodeListAppendix: boolean;
  includeStorylineAppendix: boolean;
  /** When set, an appendix with the agreement between these two coders (rule as in the review tab). */
  agreement?: Pick<AgreementOptions, 'coders' | 'level' | 'includeUncoded' | 'overlapThreshold'>;
}

export const DEFAULT_REPORT_OPTIONS: Omit<ReportOptions, 'lang'> = {
  includeTitlePage: true,
  includeMethod: true,
  includeFrequencyTables: true,
  includeCodeListAppendix: true,
  includeStorylineAppendix: true,
};

/** Where a quote comes from: lets the preview open the fragment in its transcript. */
export interface QuoteSource {
  documentId: string;
  codingId: string;
  start: number;
  end: number;
}

export type Inline = string;

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: Inline; style?: 'normal' | 'muted' | 'lead' }
  | { kind: 'bullets'; items: Inline[] }
  /** A quote, already pseudonymised, with its attribution "(orthopedagoog, interview 3, 00:12:41)". */
  | { kind: 'quote'; text: string; attribution: string; source: QuoteSource; valence?: 'bevorderend' | 'belemmerend' | 'neutraal' }
  | { kind: 'table'; caption?: string; header: string[]; rows: (string | number)[][]; numericColumns?: number[] }
  | { kind: 'toc' }
  | { kind: 'pageBreak' };

export interface ReportModel {
  lang: Language;
  title: string;
  subtitle?: string;
  author?: string;
  date: string;
  /** Title page lines (project, author, date, "Werkbank"). Empty when the title page is left out. */
  titlePage: string[];
  blocks: Block[];
}
