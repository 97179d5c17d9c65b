/** Hostile and broken .qdpx files: each is refused with a clear i18n key that names the file. */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { importQdpx } from '../../../src/shared/refi/qdpx-import';
import { exportQdpx } from '../../../src/shared/refi/qdpx-export';
import { translate } from '../../../src/shared/i18n';
import { sampleSnapshot } from '../project/sample';
import { makeZip } from './qdpx-helpers';

const MINIMAL = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>';

function refused(bytes: Uint8Array, key: string) {
  const r = importQdpx('aanval.qdpx', bytes);
  expect(r.ok).toBe(false);
  if (r.ok) return { key: '', params: {} as Record<string, string | number> };
  expect(r.error.key).toBe(key);
  expect(r.error.params.file).toBe('aanval.qdpx');
  // Every key has a translation in both languages.
  for (const lang of ['nl', 'en'] as const) expect(translate(lang, r.error.key, r.error.params)).not.toBe(r.error.key);
  return r.error;
}

describe('hostile .qdpx files', () => {
  it('refuses XXE / DOCTYPE declarations', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>';
    const e = refused(makeZip([{ name: 'project.qde', data: xxe }]), 'refi.qdpx.error.unsafeXml');
    expect(e.params).toMatchObject({ entry: 'project.qde', line: 2 });
  });

  it.each([
    ['../evil.txt', '".." segment'],
    ['/abs/evil.txt', 'absolute path'],
    ['C:\\x\\evil.txt', 'drive letter'],
    ['sources\\..\\..\\evil.txt', '".." segment'],
  ])('refuses the zip slip entry %s', (name, detail) => {
    const e = refused(makeZip([{ name: 'project.qde', data: MINIMAL }, { name, data: 'boo' }]), 'refi.qdpx.error.unsafePath');
    expect(e.params).toMatchObject({ entry: name, detail });
  });

  it('refuses a zip bomb by the sizes in the central directory, before inflating', () => {
    // Claims 600 MB uncompressed (more than the total limit); the data is never inflated.
    const bomb = makeZip([{ name: 'project.qde', data: MINIMAL }, { name: 'sources/bomb.txt', data: 'x', compressed: deflateSync(new Uint8Array(1000)), claimedSize: 600 * 1024 * 1024 }]);
    expect(refused(bomb, 'refi.qdpx.error.tooLarge').params.detail).toMatch(/bytes/);
    // A highly compressible entry with an honest claim: 20 MB of zeros deflate to ~20 kB (ratio ~1000:1).
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const ratio = makeZip([{ name: 'project.qde', data: MINIMAL }, { name: 'sources/zeros.txt', data: zeros }]);
    expect(refused(ratio, 'refi.qdpx.error.tooLarge').params.detail).toMatch(/compression ratio/);
  });

  it('stops inflating an entry that inflates to more than it claims', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const liar = makeZip([{ name: 'project.qde', data: MINIMAL.replace('/>', '>') + '</Project>', compressed: deflateSync(new TextEncoder().encode(MINIMAL.padEnd(4000, ' '))), claimedSize: 100 }]);
    expect(refused(liar, 'refi.qdpx.error.tooLarge').params.detail).toMatch(/more than the 100 bytes/);
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="11111111-1111-4111-8111-111111111111" plainTextPath="internal://a.txt"/></Sources></Project>`;
    const liar2 = makeZip([{ name: 'project.qde', data: qde }, { name: 'sources/a.txt', data: 'x', compressed: deflateSync(zeros), claimedSize: 1000 }]);
    expect(refused(liar2, 'refi.qdpx.error.tooLarge').params.entry).toBe('sources/a.txt');
  });

  it('reports malformed XML with line and column', () => {
    const bad = '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n  <Sources>\n  </Source>\n</Project>';
    const e = refused(makeZip([{ name: 'project.qde', data: bad }]), 'refi.qdpx.error.xml');
    expect(e.params).toMatchObject({ entry: 'project.qde', line: 4, column: 3 });
    expect(translate('nl', e.key, e.params)).toContain('regel 4, kolom 3');
  });

  it('says so when there is no .qde, when it is not a zip, and when the root is not a Project', () => {
    refused(makeZip([{ name: 'sources/a.txt', data: 'tekst' }]), 'refi.qdpx.error.noProject');
    refused(new TextEncoder().encode('Dit is gewoon tekst.'), 'refi.qdpx.error.notZip');
    refused(new Uint8Array(), 'refi.qdpx.error.notZip');
    refused(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'refi.qdpx.error.corrupt');
    const e = refused(makeZip([{ name: 'project.qde', data: '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>' }]), 'refi.qdpx.error.notProject');
    expect(e.params.detail).toContain('CodeBook');
  });

  it('still reads a normal export after all that (sanity)', () => {
    expect(importQdpx('ok.qdpx', exportQdpx(sampleSnapshot())).ok).toBe(true);
  });
});
