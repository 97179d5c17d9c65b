/** Runs the CLI in-process in a fresh temporary folder per test, capturing its output. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { main } from '../../../src/cli/main';

export const DUTCH = { LANG: 'nl_NL.UTF-8' };

export async function runCli(cwd: string, args: string[], env: Record<string, string> = DUTCH) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env, cwd });
  return { code, stdout, stderr };
}

/** A new temporary folder before each test (optionally filled by `setup`), removed after it. */
export function tempDirPerTest(prefix: string, setup?: (dir: string) => Promise<void>): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
    await setup?.(dir);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
