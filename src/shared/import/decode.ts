import chardet from 'chardet';
import { ImportError } from './types';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedText {
  /** Decoded text with "\r\n" and "\r" normalised to "\n"; no byte order mark. */
  text: string;
  /** WHATWG encoding name that was used: "utf-8", "utf-16le", "windows-1252", ... */
  encoding: string;
}

/**
 * Decodes a transcript's bytes. Order: byte order mark, BOM-less UTF-16 (NUL-byte pattern),
 * strict UTF-8, then a legacy code page. Transcripts from older Word/Notepad setups on Dutch
 * Windows machines are Windows-1252, so that is the fallback when chardet is not confident.
 * Throws ImportError `binary` for non-text bytes and `undecodable` for broken UTF-16.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding === 'utf-8') return finish(decodeLenient('utf-8', bytes), 'utf-8');
  if (bomEncoding) return finish(decodeStrict(bomEncoding, bytes), bomEncoding);

  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return finish(decodeStrict(utf16, bytes), utf16);

  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    const legacy = chooseLegacyEncoding(bytes);
    const text = legacy === LEGACY_FALLBACK ? decodeWindows1252(bytes) : new TextDecoder(legacy).decode(bytes);
    return finish(text, legacy);
  }
}

export function normaliseNewlines(text: string): string {
  // Two plain replaceAll calls are several times faster than one regex on multi-megabyte text.
  const crlf = text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
  return crlf.includes('\r') ? crlf.replaceAll('\r', '\n') : crlf;
}

function encodingFromBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Latin-script text in UTF-16 has a NUL in (almost) every other byte; binaries don't. */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('undecodable', { encoding });
  }
}

/** A UTF-8 BOM is a clear statement of intent: a stray bad byte becomes U+FFFD, not Windows-1252. */
function decodeLenient(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

const LEGACY_FALLBACK = 'windows-1252';
/** chardet names that browsers and Node (full ICU) can decode with TextDecoder. */
const WESTERN = /^(windows-1252|iso-8859-1|iso-8859-15)$/i;
const DECODABLE = /^(windows-125\d|iso-8859-\d+|koi8-r|shift_jis|big5|euc-jp|euc-kr|gb18030)$/i;

function chooseLegacyEncoding(bytes: Uint8Array): string {
  const matches = chardet.analyse(bytes);
  const best = matches[0];
  if (!best || !DECODABLE.test(best.name) || WESTERN.test(best.name)) return LEGACY_FALLBACK;
  // Only leave Windows-1252 when chardet clearly prefers another code page over it: "ï" in
  // Windows-1252 is "ď" in ISO-8859-2, so a wrong switch garbles Dutch text.
  const western = matches.find((match) => WESTERN.test(match.name))?.confidence ?? 0;
  if (best.confidence < 40 || best.confidence - western < 10) return LEGACY_FALLBACK;
  try {
    // WHATWG maps ISO-8859-1 to windows-1252; report (and decode with) the name actually used.
    return new TextDecoder(best.name).encoding;
  } catch {
    return LEGACY_FALLBACK;
  }
}

function finish(raw: string, encoding: string): DecodedText {
  const text = normaliseNewlines(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  // A NUL anywhere means binary (every decoder above keeps NUL bytes as U+0000).
  if (text.includes('\u0000') || looksBinary(text)) throw new ImportError('binary');
  return { text, encoding };
}

/** NULs or more than 1% control characters (other than tab, newline, form feed) mean binary. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPICIOUS = /[\u0000-\u0008\u000b\u000d-\u001f]/;

function looksBinary(text: string): boolean {
  // Fast path for real transcripts: one native regex scan finds no control character at all.
  if (!SUSPICIOUS.test(text.length > 65536 ? text.slice(0, 65536) : text)) return false;
  const sample = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) controls++;
  }
  return controls > 0 && controls > sample * 0.01;
}
