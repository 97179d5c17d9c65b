/** Helpers for the .qdpx tests: a hand-made zip writer (stored/deflated entries, lying sizes) and xmllint. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync, unzipSync } from 'fflate';

export const PROJECT_XSD = path.resolve(__dirname, '../../../../shared/refi/Project-mrt2019.xsd');
export const enc = (s: string) => new TextEncoder().encode(s);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Uncompressed size written into the headers (default: the real one). */
  claimedSize?: number;
  /** Compressed bytes to write instead of compressing `data`. */
  compressed?: Uint8Array;
}

/** Builds a zip byte by byte, so tests can write what real tools (and attackers) write. */
export function makeZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? enc(e.data) : e.data;
    const method = e.method ?? 8;
    const body = e.compressed ?? (method === 0 ? data : deflateSync(data));
    const name = enc(e.name);
    const size = e.claimedSize ?? data.length;
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Validates XML against the REFI-QDA project schema; throws a clear error when xmllint is missing. */
export function xmllintProject(xml: string | Uint8Array): { status: number | null; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qdpx-'));
  const file = path.join(dir, 'project.qde');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', PROJECT_XSD, file], { encoding: 'utf8' });
  if (r.error) throw new Error('xmllint is not installed (apt-get install libxml2-utils); it is needed to validate project.qde output');
  return { status: r.status, stderr: r.stderr };
}

/** The project.qde inside an exported .qdpx. */
export function qdeOf(qdpx: Uint8Array): Uint8Array {
  return unzipSync(qdpx)['project.qde'];
}
