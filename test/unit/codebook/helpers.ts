import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
export const CODEBOOK_DIR = resolve(REPO_ROOT, 'codebooks');
/** The seed texts live beside the repository: ../shared/seeds relative to the repo root. */
export const SEED_DIR = resolve(REPO_ROOT, '../shared/seeds');

export function requireSeedDir(): void {
  if (!existsSync(SEED_DIR)) {
    throw new Error(`Seed folder not found at ${SEED_DIR}: the codebook facts are checked against the seed texts (../shared/seeds from the repository root).`);
  }
}

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The seed text of a document number ("000"), whitespace-normalised. */
export function seedText(doc: string): string {
  requireSeedDir();
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(`${doc}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`Seed text ${doc}_*.txt not found in ${SEED_DIR}`);
  return normalise(readFileSync(resolve(SEED_DIR, file), 'utf8'));
}

export function seedFileName(doc: string): string {
  requireSeedDir();
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(`${doc}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`Seed text ${doc}_*.txt not found in ${SEED_DIR}`);
  return file;
}

export function codebookFiles(): string[] {
  return readdirSync(CODEBOOK_DIR).filter((f) => /^\d{3}-.*\.json$/.test(f)).sort();
}

export function readCodebookText(file: string): string {
  return readFileSync(resolve(CODEBOOK_DIR, file), 'utf8');
}
