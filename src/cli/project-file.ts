/** Reading and atomically writing `.werkbank` files from the CLI. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ImportMessage } from '../shared/import/types';
import type { ProjectSnapshot } from '../shared/model/types';
import { parseProjectFile, serializeProject } from '../shared/project/file-format';
import type { Cli } from './context';
import { APP_VERSION } from './version';

export type ReadProjectResult =
  | { ok: true; snapshot: ProjectSnapshot }
  | { ok: false; missing: boolean; error: ImportMessage };

export async function readProjectFile(file: string): Promise<ReadProjectResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      missing: code === 'ENOENT',
      error: { key: 'cli.error.cannotRead', params: { file, detail: code ?? String(e) } },
    };
  }
  const parsed = parseProjectFile(file, bytes);
  return parsed.ok ? { ok: true, snapshot: parsed.snapshot } : { ok: false, missing: false, error: parsed.error };
}

/**
 * The project a command works on (`file` as the user typed it, relative to the working folder), or
 * null after printing why it cannot be read, naming the file; the command then exits 1.
 */
export async function loadProject(cli: Cli, file: string): Promise<ProjectSnapshot | null> {
  const read = await readProjectFile(path.resolve(cli.cwd, file));
  if (read.ok) return read.snapshot;
  cli.err(cli.t(read.error.key, { ...read.error.params, file }));
  return null;
}

/** Writes to a temporary file next to the target, flushes it, then renames it over the target. */
export async function writeProjectFileAtomic(file: string, snapshot: ProjectSnapshot): Promise<void> {
  const bytes = serializeProject(snapshot, { appVersion: APP_VERSION });
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
