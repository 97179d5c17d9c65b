import type { TranscriptFormat } from '../model/types';

/** A file as the user handed it over: name plus raw bytes. Same shape in browser, Electron, CLI. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** A speaker turn as a parser finds it; offsets into `ParsedTranscript.text` (UTF-16, end exclusive). */
export interface ParsedTurn {
  speaker: string;
  start: number;
  end: number;
  startTime?: number;
  endTime?: number;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  encoding: string;
  /** Text after newline normalisation ("\n" only). Turns index into it. */
  text: string;
  turns: ParsedTurn[];
  /** Distinct speaker labels in order of first appearance. */
  speakers: string[];
  /** Non-fatal remarks as i18n message keys with params. */
  warnings: ImportMessage[];
}

export type ImportErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'binary'
  | 'unknownExtension'
  | 'undecodable'
  | 'docxCorrupt'
  | 'docxEncrypted'
  | 'docxLegacyDoc'
  | 'vttMalformed'
  | 'srtMalformed'
  | 'noText';

export interface ImportMessage {
  /** i18n key, e.g. "import.error.vttMalformed". */
  key: string;
  params?: Record<string, string | number>;
}

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Extra parameters for the message, e.g. { line: 12 }. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ImportError';
  }
}

export type ParseOutcome =
  | { ok: true; file: string; checksum: string; byteLength: number; transcript: ParsedTranscript }
  | { ok: false; file: string; error: ImportMessage };

/** 50 MB: far above any transcript (a 4-hour interview is ~300 kB of text), below memory trouble. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
