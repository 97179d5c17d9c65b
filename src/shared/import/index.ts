import { sha256HexFast } from '../util/sha256';
import { decodeText } from './decode';
import { parseDocx } from './docx';
import { parseSrtText } from './srt';
import { isOle, isZip } from './sniff';
import { parseTxtText } from './txt';
import { parseVttText } from './vtt';
import { ImportError, MAX_TRANSCRIPT_BYTES, type ParseOutcome, type ParsedTranscript, type SourceFile } from './types';

export type { ParseOutcome, ParsedTranscript, ParsedTurn, SourceFile, ImportMessage } from './types';

/** Extensions the import dialog offers; `.doc` is recognised only to explain how to convert it. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.vtt', '.srt'] as const;

export interface ParseOptions {
  /** Upper size limit in bytes; MAX_TRANSCRIPT_BYTES by default. */
  maxBytes?: number;
}

/**
 * Reads one transcript file. Never throws: problems come back as `{ ok: false }` with an i18n
 * key "import.error.<code>" whose params always include `file`.
 */
export async function parseSourceFile(file: SourceFile, options: ParseOptions = {}): Promise<ParseOutcome> {
  const maxBytes = options.maxBytes ?? MAX_TRANSCRIPT_BYTES;
  try {
    if (file.bytes.length > maxBytes) {
      throw new ImportError('tooLarge', { size: megabytes(file.bytes.length), max: megabytes(maxBytes) });
    }
    if (file.bytes.length === 0) throw new ImportError('empty');
    const transcript = await parseByType(file);
    return { ok: true, file: file.name, checksum: await sha256HexFast(file.bytes), byteLength: file.bytes.length, transcript };
  } catch (error) {
    if (error instanceof ImportError) {
      return { ok: false, file: file.name, error: { key: `import.error.${error.code}`, params: { file: file.name, ...error.params } } };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, file: file.name, error: { key: 'import.error.unexpected', params: { file: file.name, detail } } };
  }
}

/** Lower-case extension including the dot (".docx"), or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

async function parseByType(file: SourceFile): Promise<ParsedTranscript> {
  const ext = extensionOf(file.name);
  const { bytes } = file;
  switch (ext) {
    case '.docx':
      return parseDocx(bytes);
    case '.doc':
      // Some tools save OOXML under ".doc"; Word opens it, so do we.
      if (isZip(bytes)) return parseDocx(bytes);
      throw new ImportError('docxLegacyDoc');
    case '.txt':
    case '.vtt':
    case '.srt':
      return parseTextFile(ext, bytes);
    default:
      throw new ImportError('unknownExtension', { ext });
  }
}

/** Text formats: the content decides when it clearly disagrees with the extension. */
function parseTextFile(ext: '.txt' | '.vtt' | '.srt', bytes: Uint8Array): ParsedTranscript {
  if (isZip(bytes) || isOle(bytes)) throw new ImportError('binary');
  const { text, encoding } = decodeText(bytes);
  const transcript =
    ext === '.vtt' || /^WEBVTT(?:[ \t\n]|$)/.test(text)
      ? parseVttText(text, encoding)
      : ext === '.srt' || looksLikeSrt(text)
        ? parseSrtText(text, encoding)
        : parseTxtText(text, encoding);
  // A legacy code page is a guess: say which one, so odd characters have an explanation.
  if (!UNICODE_ENCODINGS.has(encoding)) transcript.warnings.push({ key: 'import.warning.decodedAs', params: { encoding } });
  return transcript;
}

const UNICODE_ENCODINGS = new Set(['utf-8', 'utf-16le', 'utf-16be']);

function looksLikeSrt(text: string): boolean {
  return /^\s*\d+\n\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}/.test(text);
}

/** Size in MB with one decimal, for messages ("52,4 MB"). */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
