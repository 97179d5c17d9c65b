/**
 * Werkbank's domain model. Pure data: every entity is a plain JSON-serialisable object with a
 * stable string id, so the same records live in IndexedDB, in `.werkbank` files and in REFI-QDA.
 *
 * Text offsets: every `start`/`end` in this model counts UTF-16 code units in `Document.text`
 * (JavaScript string indices), `start` inclusive and `end` exclusive. REFI-QDA uses Unicode code
 * points; conversion happens only at that boundary (see ARCHITECTURE.md).
 */

import type { ImportMessage } from '../import/types';

export type Id = string;
/** ISO 8601 timestamp in UTC, e.g. "2026-11-23T10:00:00.000Z". */
export type IsoTime = string;
export type Language = 'nl' | 'en';

/** The three phases of Baarda's method. */
export type Phase = 'open' | 'axial' | 'selective';

export interface ProjectSettings {
  language: Language;
  /** Name recorded on every coding, memo and review action made in this project on this machine. */
  coderName: string;
}

export interface Project {
  id: Id;
  name: string;
  description: string;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  settings: ProjectSettings;
  /** Where the project's codebook came from, for the appendix's "adapted from …". */
  codebookOrigin?: CodebookOrigin;
  /** When each of Baarda's phases was marked done (phases are not locks: a student may go back). */
  phases?: Partial<Record<Phase, PhaseMark>>;
  /** The storyline memo of selective coding: how the core themes hang together. */
  storyline?: string;
  /** Layers the user added to the selective board, in order (kept even while they hold no theme). */
  layers?: string[];
  /**
   * Names to hide in every export and report (people, schools, places) with their replacements,
   * e.g. { name: "Gerard Hofstee", replacement: "[directeur]" }.
   */
  pseudonyms?: PseudonymRule[];
}

export interface PseudonymRule {
  name: string;
  replacement: string;
}

export interface PhaseMark {
  doneAt: IsoTime;
  by: string;
}

export type CodebookOrigin =
  | { kind: 'empty' }
  /** A predefined codebook shipped in codebooks/ (id, title, version and citation at the time). */
  | { kind: 'predefined'; codebookId: string; title: string; version: string; citation: string }
  /** A REFI-QDA codebook exchange file. */
  | { kind: 'qdc'; fileName: string; origin?: string }
  /** The codebook of another Werkbank project. */
  | { kind: 'project'; projectName: string; fileName?: string };

export type TranscriptFormat =
  | 'txt'
  | 'docx'
  | 'vtt'
  | 'srt'
  | 'teams-vtt'
  | 'teams-docx'
  | 'zoom-vtt'
  | 'zoom-txt';

/** One speaker's uninterrupted contribution; offsets into `Document.text` (UTF-16, end exclusive). */
export interface SpeakerTurn {
  /** The speaker label exactly as found in the source ("Interviewer", "R", "Anna de Vries"). */
  speaker: string;
  start: number;
  end: number;
  /** Seconds from the start of the recording, when the source has timestamps. */
  startTime?: number;
  endTime?: number;
}

/** Who a speaker label in a document stands for. The interviewer is never a respondent. */
export type SpeakerRole =
  | { kind: 'unassigned' }
  | { kind: 'interviewer' }
  | { kind: 'respondent'; respondentId: Id };

export interface SpeakerAssignment {
  label: string;
  role: SpeakerRole;
}

export interface MediaLink {
  /** File name as the user chose it; the bytes are stored separately (see `MediaBlob`). */
  fileName: string;
  mimeType: string;
  byteLength: number;
  /** Id of the stored media bytes, or undefined when only a path is known (desktop). */
  blobId?: Id;
  /** Absolute path on the user's machine (desktop only). */
  path?: string;
}

export interface Document {
  id: Id;
  projectId: Id;
  /** Display name, by default the file name without extension. */
  name: string;
  sourceFileName: string;
  format: TranscriptFormat;
  /** Encoding the source bytes were decoded with ("utf-8", "utf-16le", "windows-1252", ...). */
  encoding: string;
  /** Transcript text exactly as imported, after newline normalisation to "\n". */
  text: string;
  /** SHA-256 (hex) of the source file's bytes: finds duplicate imports. */
  checksum: string;
  byteLength: number;
  importedAt: IsoTime;
  turns: SpeakerTurn[];
  speakers: SpeakerAssignment[];
  media?: MediaLink;
  /**
   * Non-fatal remarks from the parser, e.g. "3 cues without a speaker", as i18n key + params so
   * they are shown in the user's current language.
   */
  importWarnings: ImportMessage[];
  /** Position in the project overview. */
  order: number;
  /** Set when the coder marked the document as fully (open-)coded; absent while coding goes on. */
  codingDone?: { doneAt: IsoTime; by: string };
}

export const RESPONDENT_ROLES = [
  'directeur',
  'leerkracht',
  'orthopedagoog',
  'intern begeleider',
  'zorgpartner',
  'jeugdhulpverlener',
  'ouder',
  'leerling',
  'overig',
] as const;
/** A role from RESPONDENT_ROLES or any free text the researcher types. */
export type RespondentRole = string;

export interface Respondent {
  id: Id;
  projectId: Id;
  /** The only name that ever appears in an export (AVG/GDPR): "Respondent A", "Directeur 1". */
  pseudonym: string;
  role: RespondentRole;
  /** Free attributes such as location ("locatie": "School Noord") or interview round. */
  attributes: Record<string, string>;
  createdAt: IsoTime;
}

export type Valence = 'bevorderend' | 'belemmerend' | 'neutraal';

export interface Code {
  id: Id;
  projectId: Id;
  parentId: Id | null;
  label: string;
  color: string;
  /** Level in the codebook's tree, e.g. "open", "axial", "selective", "variable", "indicator". */
  level?: string;
  description: string;
  order: number;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  /** Number as printed in the source codebook ("1", "3.2.1"). */
  number?: string;
  /** What to look for, as given by the source codebook (indicator text). */
  indicator?: string;
  /** Whether the code names a promoting or hindering factor. */
  valence?: Valence;
  /** The code on the other side of a succesfactor/knelpunt pair. */
  pairId?: Id;
  /** Id of the predefined codebook code this code was created from, e.g. "000.open.01". */
  sourceCodeId?: string;
  /** Codebook fields of a good code definition (description is the definition itself). */
  inclusion?: string;
  exclusion?: string;
  example?: string;
}

/**
 * One line of the codebook's change log (who changed what, when), for the appendix. Written in the
 * same change set as the change itself, so undoing a change also removes its log line.
 */
export interface CodebookLogEntry {
  id: Id;
  projectId: Id;
  at: IsoTime;
  coder: string;
  /** i18n key of the command, e.g. "command.renameCode". */
  action: string;
  params: Record<string, string | number>;
}

/** A reviewer's verdict on a coding (or a theme): accepted, or flagged with a comment to answer. */
export type ReviewStatus = 'accepted' | 'flagged';
export interface ReviewMark {
  status: ReviewStatus;
  comment: string;
  reviewer: string;
  at: IsoTime;
}

export interface Coding {
  id: Id;
  projectId: Id;
  documentId: Id;
  codeId: Id;
  /** UTF-16 code unit offsets into Document.text, end exclusive. */
  start: number;
  end: number;
  coder: string;
  phase: Phase;
  valence?: Valence;
  memo?: string;
  /** Review by a research assistant or supervisor; absent = not reviewed yet. */
  review?: ReviewMark;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

export type MemoTarget =
  | { kind: 'project' }
  | { kind: 'document'; id: Id }
  | { kind: 'code'; id: Id }
  | { kind: 'coding'; id: Id };

export interface Memo {
  id: Id;
  projectId: Id;
  target: MemoTarget;
  title: string;
  text: string;
  author: string;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  /** Answers to the memo's guiding questions (why/who/what/where/when/how), when used. */
  prompts?: MemoPrompts;
}

export type MemoPrompt = 'why' | 'who' | 'what' | 'where' | 'when' | 'how';
export type MemoPrompts = Partial<Record<MemoPrompt, string>>;

/** Typed links between codes or categories (axial coding), shown in the network view. */
export const RELATION_TYPES = ['isPartOf', 'causes', 'promotes', 'hinders', 'isAssociatedWith', 'contradicts'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface CodeRelation {
  id: Id;
  projectId: Id;
  fromCodeId: Id;
  toCodeId: Id;
  type: RelationType;
  note: string;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

/**
 * A core theme of selective coding. Categories are codes (usually of level "axial"); key quotes
 * are codings, in the order the report shows them.
 */
export interface Theme {
  id: Id;
  projectId: Id;
  label: string;
  definition: string;
  /** Layer the theme sits in, e.g. "missie", "visie", "strategie", "praktische randvoorwaarden". */
  layer: string;
  order: number;
  color: string;
  categoryIds: Id[];
  keyQuoteIds: Id[];
  summary: string;
  /** Supervisor's comment on the theme, as on codings. */
  review?: ReviewMark;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

/** Everything that belongs to one project: the unit of a `.werkbank` file and of the CLI. */
export interface ProjectSnapshot {
  project: Project;
  documents: Document[];
  respondents: Respondent[];
  codes: Code[];
  codings: Coding[];
  memos: Memo[];
  codebookLog: CodebookLogEntry[];
  relations: CodeRelation[];
  themes: Theme[];
}

/** The entity collections of a snapshot, by name. */
export type EntityTable = 'documents' | 'respondents' | 'codes' | 'codings' | 'memos' | 'codebookLog' | 'relations' | 'themes';
export interface EntityByTable {
  documents: Document;
  respondents: Respondent;
  codes: Code;
  codings: Coding;
  memos: Memo;
  codebookLog: CodebookLogEntry;
  relations: CodeRelation;
  themes: Theme;
}
