/**
 * Code frequencies: per code the number of fragments (codings), documents and distinct respondents,
 * per document and per respondent role. A respondent counts for a fragment when the fragment
 * starts in (or, failing that, ends in) a turn of a speaker mapped to that respondent.
 */
import type { ProjectSnapshot } from '../model/types';
import { analysisIndex, codesInTreeOrder, withDescendants, type CodingPlace } from './retrieval';

export interface FrequencyRow {
  codeId: string;
  label: string;
  /** Depth in the codebook tree (0 = top level). */
  depth: number;
  fragments: number;
  documents: number;
  respondents: number;
  byDocument: Record<string, number>;
  byRole: Record<string, { fragments: number; respondents: number }>;
}

export interface FrequencyOptions {
  /** Count only fragments in respondent text (not the interviewer's turns). */
  respondentOnly?: boolean;
  /** A code's row also counts the codings of its descendants (default false: own codings). */
  includeDescendants?: boolean;
}

/** Aggregates a list of located codings into the counts of one row. */
export function countPlaces(places: Iterable<CodingPlace>): Omit<FrequencyRow, 'codeId' | 'label' | 'depth'> {
  let fragments = 0;
  const docs = new Map<string, number>();
  const respondents = new Set<string>();
  const roles = new Map<string, { fragments: number; respondents: Set<string> }>();
  for (const p of places) {
    fragments++;
    docs.set(p.document.id, (docs.get(p.document.id) ?? 0) + 1);
    if (p.respondent) {
      respondents.add(p.respondent.id);
      let r = roles.get(p.respondent.role);
      if (!r) roles.set(p.respondent.role, (r = { fragments: 0, respondents: new Set() }));
      r.fragments++;
      r.respondents.add(p.respondent.id);
    }
  }
  const byRole: FrequencyRow['byRole'] = {};
  for (const [role, r] of [...roles].sort((a, b) => a[0].localeCompare(b[0], 'nl'))) {
    byRole[role] = { fragments: r.fragments, respondents: r.respondents.size };
  }
  return { fragments, documents: docs.size, respondents: respondents.size, byDocument: Object.fromEntries(docs), byRole };
}

/** One row per code, in codebook order (codes without codings have zeros). */
export function codeFrequencies(snapshot: ProjectSnapshot, options: FrequencyOptions = {}): FrequencyRow[] {
  const index = analysisIndex(snapshot);
  const depthOf = (id: string): number => {
    let d = 0;
    for (let c = index.codes.get(id); c && c.parentId !== null; c = index.codes.get(c.parentId)) d++;
    return d;
  };
  return codesInTreeOrder(index).map((code) => {
    const ids = options.includeDescendants ? withDescendants(index, [code.id]) : [code.id];
    const places: CodingPlace[] = [];
    for (const id of ids) {
      for (const c of index.byCode(id)) {
        const p = index.place(c);
        if (p && (!options.respondentOnly || p.respondentText)) places.push(p);
      }
    }
    return { codeId: code.id, label: code.label, depth: depthOf(code.id), ...countPlaces(places) };
  });
}
