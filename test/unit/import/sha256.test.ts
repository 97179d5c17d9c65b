import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexFast } from '../../../src/shared/util/sha256';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(ascii(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(ascii('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with Node at every length around the padding boundaries', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i * 37 + 11) & 0xff);
    for (let length = 0; length <= 200; length++) {
      const slice = bytes.subarray(0, length);
      expect(sha256Hex(slice), `length ${length}`).toBe(createHash('sha256').update(slice).digest('hex'));
    }
  });

  it('hashes a subarray by its own bytes, not the whole underlying buffer', () => {
    const whole = ascii('xxabcxx');
    expect(sha256Hex(whole.subarray(2, 5))).toBe(sha256Hex(ascii('abc')));
  });

  // Speed is measured by `npm run bench` (import throughput), not asserted here.
  it('hashes a multi-megabyte transcript correctly (tens of thousands of blocks, odd length)', () => {
    const bytes = Uint8Array.from({ length: 5 * 1024 * 1024 + 7 }, (_, i) => (i * 31) & 0xff);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('sha256HexFast', () => {
  it('gives the same digest through WebCrypto and through the fallback', async () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7) & 0xff);
    expect(await sha256HexFast(bytes)).toBe(sha256Hex(bytes));
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect(await sha256HexFast(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      if (original) Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
