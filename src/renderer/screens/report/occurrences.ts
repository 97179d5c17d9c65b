/**
 * How often each name of the pseudonymisation list occurs in the project's transcripts, counted
 * with exactly the matching the exports use (`pseudonymise`: case- and diacritic-insensitive,
 * whole words, longest name first), so the count shows what will be replaced.
 */
import type { PseudonymRule } from '../../../shared/model/types';
import { pseudonymise } from '../../../shared/report/pseudonymise';

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Occurrences per rule (same order as `rules`) in all `texts` together. */
export function countOccurrences(texts: readonly string[], rules: readonly PseudonymRule[]): number[] {
  const counts = rules.map(() => 0);
  // One marker per rule: "\uE000<index>\uE001". Rules whose folded name repeats an earlier one
  // never match on their own (the first one wins), exactly as in the exports.
  const marked = rules.map((rule, i) => ({ name: rule.name, replacement: `${OPEN}${i}${CLOSE}` }));
  if (marked.every((r) => !r.name.trim())) return counts;
  const marker = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  for (const text of texts) {
    const replaced = pseudonymise(text, marked);
    if (replaced === text) continue;
    for (const m of replaced.matchAll(marker)) counts[Number(m[1])] += 1;
  }
  return counts;
}
