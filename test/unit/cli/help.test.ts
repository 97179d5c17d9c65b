import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../../src/cli/main';

async function help(lang: 'nl' | 'en'): Promise<string> {
  let out = '';
  const code = await main(['--help', '--lang', lang], { stdout: (s) => void (out += s), stderr: () => {}, env: {}, cwd: '/' });
  expect(code).toBe(0);
  return out;
}

describe('werkbank --help', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`lists every command in ${lang}`, async () => {
      const text = await help(lang);
      for (const command of Object.keys(COMMANDS)) expect(text).toContain(`werkbank ${command} `);
    });
  }
});
