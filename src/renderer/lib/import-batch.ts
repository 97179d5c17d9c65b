/** Pure bookkeeping of one import batch: which parsed files are good, duplicates or failed. */
import type { ParseOutcome } from '../../shared/import/types';
import type { Document } from '../../shared/model/types';

export type BatchEntry =
  | { file: string; status: 'pending' }
  | { file: string; status: 'ok'; outcome: Extract<ParseOutcome, { ok: true }> }
  | {
      file: string;
      status: 'duplicate';
      outcome: Extract<ParseOutcome, { ok: true }>;
      /** Name of the existing document or the earlier file in this batch with the same bytes. */
      duplicateOf: string;
      inProject: boolean;
      importAnyway: boolean;
    }
  | { file: string; status: 'error'; outcome: Extract<ParseOutcome, { ok: false }> };

/**
 * Classifies a parse outcome against the project's documents and the files earlier in the batch
 * (same SHA-256 = same file). Duplicates default to "skip".
 */
export function classifyOutcome(outcome: ParseOutcome, documents: Pick<Document, 'name' | 'checksum'>[], earlier: BatchEntry[]): BatchEntry {
  if (!outcome.ok) return { file: outcome.file, status: 'error', outcome };
  const existing = documents.find((d) => d.checksum === outcome.checksum);
  if (existing) return { file: outcome.file, status: 'duplicate', outcome, duplicateOf: existing.name, inProject: true, importAnyway: false };
  const sibling = earlier.find((e) => (e.status === 'ok' || e.status === 'duplicate') && e.outcome.checksum === outcome.checksum);
  if (sibling) return { file: outcome.file, status: 'duplicate', outcome, duplicateOf: sibling.file, inProject: false, importAnyway: false };
  return { file: outcome.file, status: 'ok', outcome };
}

/** Entries that will be stored: good files plus duplicates the user chose to import anyway. */
export function importable(entries: BatchEntry[]) {
  return entries.flatMap((e) => (e.status === 'ok' || (e.status === 'duplicate' && e.importAnyway) ? [e.outcome] : []));
}

export function batchCounts(entries: BatchEntry[]) {
  return {
    done: entries.filter((e) => e.status !== 'pending').length,
    ok: entries.filter((e) => e.status === 'ok').length,
    duplicates: entries.filter((e) => e.status === 'duplicate').length,
    errors: entries.filter((e) => e.status === 'error').length,
    toImport: importable(entries).length,
  };
}
