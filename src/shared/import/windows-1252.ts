/**
 * Windows-1252 decoding in plain TypeScript. Node 20's TextDecoder (used by the CLI and tests)
 * decodes "windows-1252" as ISO-8859-1, turning curly quotes, "–", "…" and "€" into invisible
 * C1 control characters; browsers get it right. Doing it here gives the same text everywhere.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    const codes = new Array<number>(end - offset);
    for (let i = offset; i < end; i++) {
      const byte = bytes[i];
      codes[i - offset] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80] : byte;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
