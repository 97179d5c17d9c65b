import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/shared/import/decode';
import { ImportError } from '../../../src/shared/import/types';
import { utf16be, utf16le, utf8, windows1252, withUtf8Bom } from './sample-bytes';

const DUTCH = 'Juf Eefje: “De coördinator is één keer geweest – daarna niet meer…” Café ‘t Hoekje, ruïne. 🙂';
const DUTCH_1252 = 'Juf Eefje: “De coördinator is één keer geweest – daarna niet meer…” Café ‘t Hoekje, ruïne, € 10.';

function decodeError(bytes: Uint8Array): ImportError {
  try {
    decodeText(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    expect(decodeText(utf8(DUTCH))).toEqual({ text: DUTCH, encoding: 'utf-8' });
    expect(decodeText(withUtf8Bom(DUTCH))).toEqual({ text: DUTCH, encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian with a byte order mark (Word "Unicode" text)', () => {
    expect(decodeText(utf16le(DUTCH))).toEqual({ text: DUTCH, encoding: 'utf-16le' });
    expect(decodeText(utf16be(DUTCH))).toEqual({ text: DUTCH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte order mark by its NUL-byte pattern', () => {
    expect(decodeText(utf16le(DUTCH, false))).toEqual({ text: DUTCH, encoding: 'utf-16le' });
    expect(decodeText(utf16be(DUTCH, false))).toEqual({ text: DUTCH, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for legacy files, keeping curly quotes, dashes and the euro sign', () => {
    expect(decodeText(windows1252(DUTCH_1252))).toEqual({ text: DUTCH_1252, encoding: 'windows-1252' });
  });

  it('falls back to Windows-1252 when the legacy sample is too short for a confident guess', () => {
    expect(decodeText(windows1252('Ruïne'))).toEqual({ text: 'Ruïne', encoding: 'windows-1252' });
  });

  it('uses a Central European code page when chardet is confident (Polish respondent)', () => {
    // Browsers and Node both decode windows-1250 correctly, so the test can encode with it.
    const polish = 'Rozmawialiśmy o szkole i o tym, że nauczyciel często pomagał dzieciom. Zażółć gęślą jaźń. Źródło wiedzy było ważne dla każdego ucznia w tej klasie.';
    const table = new TextDecoder('windows-1250');
    const byChar = new Map<string, number>();
    for (let b = 0; b < 256; b++) byChar.set(table.decode(new Uint8Array([b])), b);
    const encoded = Uint8Array.from([...polish].map((c) => byChar.get(c) ?? 0x3f));
    const result = decodeText(encoded);
    expect(result.encoding).toBe('windows-1250');
    expect(result.text).toBe(polish);
  });

  it('normalises CRLF and lone CR line ends to LF', () => {
    expect(decodeText(utf8('R: ja\r\nI: nee\rR: misschien\n')).text).toBe('R: ja\nI: nee\nR: misschien\n');
    expect(decodeText(utf16le('a\r\nb')).text).toBe('a\nb');
  });

  it('rejects binary content: NUL bytes or many control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeError(png).code).toBe('binary');
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x61));
    expect(decodeError(controls).code).toBe('binary');
  });

  it('accepts an occasional form feed or tab, as in text exported from old word processors', () => {
    expect(decodeText(utf8('Pagina 1\fPagina 2\tklaar')).text).toBe('Pagina 1\fPagina 2\tklaar');
  });

  it('reports broken UTF-16 (a lone surrogate) as undecodable', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(decodeError(bytes).code).toBe('undecodable');
  });
});
