/**
 * File helpers for the main process: size-limited reads and atomic writes.
 */
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { translate } from '../shared/i18n';
import type { Language } from '../shared/model/types';

/** Transcripts, projects and backups larger than this are refused (200 MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export function fileTooLargeError(lang: Language, name: string, size: number, limit = MAX_FILE_BYTES): UserFacingError {
  return new UserFacingError(
    translate(lang, 'menu.error.fileTooLarge', { name, size: megabytes(size), limit: megabytes(limit) }),
  );
}

/** Reads a whole file after checking that it is a regular file no larger than `limit`. */
export async function readFileLimited(path: string, lang: Language, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new UserFacingError(translate(lang, 'menu.error.notAFile', { name: basename(path) }));
  if (info.size > limit) throw fileTooLargeError(lang, basename(path), info.size, limit);
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > limit) throw fileTooLargeError(lang, basename(path), bytes.byteLength, limit);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Writes `bytes` to `path` atomically: first to `path.tmp` (flushed to disk), then renamed over
 * the target, so a crash never leaves a half-written project file.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(tmp, 'w');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Paths the app itself wrote through a save dialog in this session. Only these may be opened with
 * the system's default program ("Bestand openen" after an export): the renderer can never make
 * the main process open an arbitrary file.
 */
const savedThisSession = new Set<string>();

export function rememberSavedPath(path: string): void {
  savedThisSession.add(path);
}

export function wasSavedThisSession(path: string): boolean {
  return savedThisSession.has(path);
}

/** For tests: forget every remembered path. */
export function forgetSavedPaths(): void {
  savedThisSession.clear();
}
