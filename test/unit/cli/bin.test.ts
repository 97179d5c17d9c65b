import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'bin/werkbank.js');

describe('the werkbank executable', () => {
  it('runs from the package without a build step', () => {
    const result = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^werkbank \d+\.\d+\.\d+/);
  });

  it('exits quietly when the reader of its output stops early (| head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-bin-'));
    const project = join(dir, 'p.werkbank');
    const imported = spawnSync(process.execPath, [bin, 'import', join(root, 'fixtures/transcripts'), '--project', project], { encoding: 'utf8' });
    expect(imported.status).toBe(0);

    const child = spawn(process.execPath, [bin, 'info', project], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 60_000);
});
