/**
 * Project files the operating system asks Werkbank to open: a double-clicked `.werkbank` file
 * (the file association in electron-builder.yml) arrives as a command-line argument on Windows and
 * Linux — also in a second instance, which hands its argv to the running one — and as an
 * `open-file` event on macOS. They wait here until the renderer takes them, because the first one
 * arrives before any window exists.
 */
import { resolve } from 'node:path';
import { PROJECT_EXTENSION } from './paths';

/** The `.werkbank` paths on a command line (options, the executable and other files ignored). */
export function projectFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`))
    .map((a) => resolve(cwd, a));
}

export interface OpenedFiles {
  /** Queues paths and tells the listener (the window) that something waits. */
  add(paths: readonly string[]): void;
  /** The oldest waiting path, removed from the queue. */
  take(): string | undefined;
  onAdded(listener: () => void): void;
}

export function createOpenedFiles(): OpenedFiles {
  const queue: string[] = [];
  let listener: (() => void) | null = null;
  return {
    add(paths) {
      const fresh = paths.filter((p) => !queue.includes(p));
      if (fresh.length === 0) return;
      queue.push(...fresh);
      listener?.();
    },
    take: () => queue.shift(),
    onAdded(l) {
      listener = l;
    },
  };
}
