/**
 * A defensive zip reader for `.qdpx` files. It reads the central directory itself so that every
 * entry name and size claim is checked *before* anything is inflated, and inflates entries one at
 * a time, on demand, with fflate's streaming inflater and a hard cap on the output (a zip may lie
 * about sizes in its directory).
 *
 * Refused: entry names that could escape a folder (`..` segments, absolute paths, drive letters,
 * backslash paths doing the same), encrypted entries, unknown compression methods, too many
 * entries, a total claimed size above the limit, and entries whose claimed compression ratio is
 * implausible for real data (zip bombs).
 */
import { Inflate } from 'fflate';

export const ZIP_LIMITS = {
  /** Entries in one archive. */
  maxEntries: 100_000,
  /** Sum of the uncompressed sizes of all entries, as claimed by the directory. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** Uncompressed size of one entry. */
  maxEntryBytes: 256 * 1024 * 1024,
  /** Uncompressed/compressed ratio of one entry; checked for entries above `ratioFloorBytes`. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};
export type ZipLimits = typeof ZIP_LIMITS;

export class ZipError extends Error {
  constructor(
    /** 'notZip' | 'corrupt' | 'unsafePath' | 'tooLarge' | 'encrypted' | 'unsupported' */
    readonly code: 'notZip' | 'corrupt' | 'unsafePath' | 'tooLarge' | 'encrypted' | 'unsupported',
    readonly entry: string,
    readonly detail: string,
  ) {
    super(`${code}: ${entry} ${detail}`);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** Name as stored, with "\" turned into "/". */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  isDirectory: boolean;
  /** Offset of the local file header. */
  headerOffset: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** Inflates one entry (checked against its claimed size and the limits). */
  read(entry: ZipEntry): Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** True when the bytes start like a zip archive (local header or empty-archive end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Why an entry name is unsafe, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'NUL character';
  if (/^[a-zA-Z]:/.test(name)) return 'drive letter';
  if (name.startsWith('/') || name.startsWith('\\')) return 'absolute path';
  if (name.split(/[\\/]/).some((s) => s === '..')) return '".." segment';
  return null;
}

export function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipArchive {
  if (!looksLikeZip(bytes)) throw new ZipError('notZip', '', 'no zip signature');
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', '', 'end of central directory not found');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('unsupported', '', 'ZIP64 archives are not supported');
  if (count > limits.maxEntries) throw new ZipError('tooLarge', '', `${count} entries > ${limits.maxEntries}`);
  if (cdOffset + cdSize > eocd) throw new ZipError('corrupt', '', 'central directory outside the file');

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw new ZipError('corrupt', '', `central directory entry ${i + 1} is damaged`);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const headerOffset = u32(bytes, p + 42);
    const rawName = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    const why = unsafeEntryName(rawName);
    if (why) throw new ZipError('unsafePath', rawName, why);
    const name = rawName.replace(/\\/g, '/');
    if (flags & 1) throw new ZipError('encrypted', name, 'encrypted entry');
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new ZipError('unsupported', name, 'ZIP64 entry');
    if (size > limits.maxEntryBytes) throw new ZipError('tooLarge', name, `${size} bytes > ${limits.maxEntryBytes}`);
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      throw new ZipError('tooLarge', name, `compression ratio ${Math.round(size / Math.max(1, compressedSize))}:1 > ${limits.maxRatio}:1`);
    }
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipError('tooLarge', name, `total uncompressed size > ${limits.maxTotalBytes} bytes`);
    entries.push({ name, method, compressedSize, size, isDirectory: name.endsWith('/'), headerOffset });
  }

  const read = (entry: ZipEntry): Uint8Array => {
    const h = entry.headerOffset;
    if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipError('corrupt', entry.name, 'local header not found');
    const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ZipError('corrupt', entry.name, 'entry data runs past the end of the file');
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.size !== entry.compressedSize) throw new ZipError('corrupt', entry.name, 'stored entry with different sizes');
      return data.slice();
    }
    if (entry.method !== 8) throw new ZipError('unsupported', entry.name, `compression method ${entry.method}`);
    const out = new Uint8Array(entry.size);
    let written = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > entry.size) {
        throw new ZipError('tooLarge', entry.name, `inflates to more than the ${entry.size} bytes it claims`);
      }
      out.set(chunk, written);
      written += chunk.length;
      if (final) done = true;
    });
    const step = 64 * 1024;
    try {
      for (let i = 0; i < data.length || (i === 0 && data.length === 0); i += step) {
        inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
      }
    } catch (e) {
      if (e instanceof ZipError) throw e;
      throw new ZipError('corrupt', entry.name, e instanceof Error ? e.message : String(e));
    }
    if (!done || written !== entry.size) throw new ZipError('corrupt', entry.name, `inflated ${written} of ${entry.size} bytes`);
    return out;
  };
  return { entries, read };
}
