/**
 * The predefined-codebook file format (`codebooks/*.json`, documented by
 * `codebooks/codebook.schema.json`). A codebook is a tree of codes taken verbatim from a source
 * document; `sourceRef` points at the line(s) of the seed text the code was read from.
 */

export const CODEBOOK_FORMAT = 'werkbank-codebook';
export const CROSSWALK_FORMAT = 'werkbank-crosswalk';
/** The newest format version this build reads. Files with a higher version are refused. */
export const CODEBOOK_FORMAT_VERSION = 1;
export const CROSSWALK_FORMAT_VERSION = 1;

export type CodebookValence = 'bevorderend' | 'belemmerend';
export type CodebookPhase = 'open' | 'axial' | 'selective';

export interface CodebookSource {
  /** Full citation: author(s), year, title, institution. */
  document: string;
  /** Name of the seed text the codebook was extracted from, e.g. "000_c634f4e4d11a045f.txt". */
  seedFile?: string;
  /** Where in the document: appendix, section, table. */
  location: string;
  pages?: string;
  /** Line range(s) in the seed text, e.g. "L485–L599". */
  lines?: string;
  url?: string;
}

export interface CodebookLevel {
  id: string;
  label: string;
  description?: string;
  /** The Baarda phase this level belongs to, when it is one of open/axial/selective coding. */
  phase?: CodebookPhase;
}

export interface CodebookCode {
  /** Stable, readable, unique within all shipped codebooks, e.g. "000.open.01". */
  id: string;
  parentId: string | null;
  /** Exactly as in the source (typos, diacritics and capitalisation kept; outer whitespace trimmed). */
  label: string;
  /** One of the codebook's `levels[].id`. */
  level: string;
  /** Number as printed in the source ("1", "3.2.1"). */
  number?: string;
  description?: string;
  /** Indicator text (what to look for), as given by the source. */
  indicator?: string;
  valence?: CodebookValence;
  /** The code on the other side of a succesfactor/knelpunt pair. */
  pairId?: string;
  /** "#rrggbb"; children without a colour inherit their parent's. */
  color?: string;
  /** Line(s) in the seed text, e.g. "L490". */
  sourceRef?: string;
  /** Further source facts that have no field of their own, e.g. { "Vindplaats": "Interviews" }. */
  attributes?: Record<string, string>;
}

/** A link between two codes of the same codebook, e.g. a werkzame factor and a Bronstein component. */
export interface CodebookMapping {
  from: string;
  to: string;
  /** "source": stated in the source document; "editorial": drawn by the codebook's editor. */
  kind: 'source' | 'editorial';
  /** Where the source states it (or why the editor drew it). */
  source: string;
  /** The wording the source uses for `to` where it differs from its label. */
  sourceLabel?: string;
  note?: string;
}

export interface CodebookFile {
  $schema?: string;
  format: typeof CODEBOOK_FORMAT;
  formatVersion: number;
  id: string;
  title: string;
  language: 'nl' | 'en';
  /** Semantic version of this codebook's contents. */
  version: string;
  source: CodebookSource;
  description: string;
  levels: CodebookLevel[];
  codes: CodebookCode[];
  mappings?: CodebookMapping[];
}

export interface CrosswalkConcept {
  id: string;
  label: { nl: string; en: string };
  description?: string;
  /** Code ids from any of the shipped codebooks. */
  codes: string[];
}

export interface CrosswalkFile {
  $schema?: string;
  format: typeof CROSSWALK_FORMAT;
  formatVersion: number;
  description?: string;
  concepts: CrosswalkConcept[];
}

/** A validation problem: an i18n key ('codebook.error.*') and its parameters. `file` and `path` are always set. */
export interface CodebookError {
  key: string;
  params: { file: string; path: string } & Record<string, string | number>;
}

export type ValidationResult<T> = { ok: true; codebook: T } | { ok: false; errors: CodebookError[] };
