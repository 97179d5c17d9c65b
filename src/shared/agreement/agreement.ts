/**
 * Inter-coder agreement between two coders of one project, per code and overall.
 *
 * Selection. Documents: `documentIds`, else every document in which both coders made at least one
 * coding (a second coder usually codes part of the data). Codes: `codeIds`, else every code either
 * coder used in those documents, in codebook order. Only the two coders' codings count.
 *
 * Character level (rule key `agreement.rule.character.*`). The units are the characters of the
 * respondent text (see `respondentIntervals`: not the interviewer, not unlabelled text) of the
 * selected documents; "characters" are non-whitespace UTF-16 code units, as in the progress
 * figures, so the spaces a coder did or did not include never count. Per code every unit falls in
 * one cell of a 2×2 table: coded by A and B (both), only A, only B, by neither. With
 * `includeUncoded: false` the units are only the characters coded by at least one of the two
 * (neither = 0) — the switch methodologists ask for, since counting the uncoded text inflates
 * agreement (as NVivo's kappa does). Kappa is Cohen's on the 2×2 table, alpha is Krippendorff's
 * nominal alpha with two coders and no missing values.
 *
 * Segment level (rule key `agreement.rule.segment`). A coder's segments for a code in a document are
 * their codings with that code, overlapping codings merged. A segment of A and one of B match when
 * |overlap| / |union| (Jaccard, in UTF-16 code units) ≥ `overlapThreshold` (default 0.5); pairs are
 * matched one to one, best Jaccard first. Matched pairs count as agreements (both), unmatched
 * segments as disagreements (only A / only B). "Neither" with `includeUncoded` is the number of
 * respondent turns (a document without turns is one unit) that no segment of either coder with that
 * code overlaps; without it neither = 0.
 *
 * Overall: the per-code tables summed (pooled), then percent, kappa and alpha of the pooled table.
 */
import { nonWhitePrefix, respondentIntervals, unionOfIntervals } from '../coding/progress';
import type { Interval } from '../coding/index-structures';
import type { Coding, Document, ProjectSnapshot } from '../model/types';
import { respondentTurnFlags } from '../text/turns';
import { cohensKappa, krippendorffAlphaNominalTable, percentAgreement } from './stats';

export type AgreementLevel = 'character' | 'segment';

export interface AgreementOptions {
  coders: [string, string];
  codeIds?: string[];
  documentIds?: string[];
  includeUncoded: boolean;
  level: AgreementLevel;
  /** Segment level: minimal Jaccard overlap of two segments to match; default 0.5. */
  overlapThreshold?: number;
}

export interface AgreementCounts {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface AgreementFigures extends AgreementCounts {
  /** Share of units on which the coders agree (both + neither) / n; NaN when n = 0. */
  percent: number;
  /** Cohen's kappa; NaN when undefined (no units, or no variation). */
  kappa: number;
  /** Krippendorff's alpha (nominal); NaN when undefined. */
  alpha: number;
  /** Units: characters (character level) or segments + uncoded turns (segment level). */
  n: number;
}

export interface CodeAgreement extends AgreementFigures {
  codeId: string;
}

export interface AgreementResult {
  perCode: CodeAgreement[];
  overall: AgreementFigures;
  /** The documents compared, in project order. */
  documentIds: string[];
}

export type DisagreementKind = 'onlyA' | 'onlyB' | 'boundary';

export interface Disagreement {
  documentId: string;
  codeId: string;
  start: number;
  end: number;
  /** onlyA / onlyB: a passage only one coder coded; boundary: both coded it, but one coder's passage reaches further here. */
  kind: DisagreementKind;
  /** The coder who coded this range. */
  coder: string;
}

export const DEFAULT_OVERLAP_THRESHOLD = 0.5;

/** i18n key and params of the rule in force, for the UI and the report to print. */
export function agreementRule(options: Pick<AgreementOptions, 'level' | 'includeUncoded' | 'overlapThreshold'>): { key: string; params: Record<string, number> }[] {
  const uncoded = options.includeUncoded ? 'include' : 'exclude';
  if (options.level === 'character') return [{ key: `agreement.rule.character.${uncoded}`, params: {} }];
  return [
    { key: 'agreement.rule.segment', params: { threshold: options.overlapThreshold ?? DEFAULT_OVERLAP_THRESHOLD } },
    { key: `agreement.rule.segment.${uncoded}`, params: {} },
  ];
}

// ---------------------------------------------------------------------------------------------
// Interval helpers (sorted, disjoint lists)

function intersect(x: readonly Interval[], y: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const start = Math.max(x[i].start, y[j].start);
    const end = Math.min(x[i].end, y[j].end);
    if (start < end) out.push({ start, end });
    if (x[i].end < y[j].end) i++;
    else j++;
  }
  return out;
}

function subtract(x: readonly Interval[], y: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const a of x) {
    let cur = a.start;
    while (j < y.length && y[j].end <= cur) j++;
    let k = j;
    while (k < y.length && y[k].start < a.end) {
      if (y[k].start > cur) out.push({ start: cur, end: y[k].start });
      cur = Math.max(cur, y[k].end);
      k++;
    }
    if (cur < a.end) out.push({ start: cur, end: a.end });
  }
  return out;
}

/** Sorted segments with overlapping ones merged (touching ones stay separate segments). */
function segmentsOf(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start < last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Selection

interface Prepared {
  docs: Document[];
  codeIds: string[];
  /** documentId → codeId → [A's intervals, B's intervals] */
  byDoc: Map<string, Map<string, [Interval[], Interval[]]>>;
}

function prepare(snapshot: Pick<ProjectSnapshot, 'documents' | 'codes' | 'codings'>, options: AgreementOptions): Prepared {
  const [coderA, coderB] = options.coders;
  if (coderA === coderB) throw new RangeError('agreement needs two different coders');
  const mine = snapshot.codings.filter((c) => c.coder === coderA || c.coder === coderB);
  let docs = snapshot.documents.slice().sort((a, b) => a.order - b.order);
  if (options.documentIds) {
    const wanted = new Set(options.documentIds);
    docs = docs.filter((d) => wanted.has(d.id));
  } else {
    const hasA = new Set(mine.filter((c) => c.coder === coderA).map((c) => c.documentId));
    const hasB = new Set(mine.filter((c) => c.coder === coderB).map((c) => c.documentId));
    docs = docs.filter((d) => hasA.has(d.id) && hasB.has(d.id));
  }
  const docIds = new Set(docs.map((d) => d.id));
  const inDocs = mine.filter((c: Coding) => docIds.has(c.documentId));
  let codeIds: string[];
  if (options.codeIds) {
    codeIds = [...new Set(options.codeIds)];
  } else {
    const used = new Set(inDocs.map((c) => c.codeId));
    const ordered = orderedCodeIds(snapshot.codes).filter((id) => used.has(id));
    const known = new Set(ordered);
    codeIds = [...ordered, ...[...used].filter((id) => !known.has(id)).sort()];
  }
  const wantedCodes = new Set(codeIds);
  const byDoc = new Map<string, Map<string, [Interval[], Interval[]]>>();
  for (const c of inDocs) {
    if (!wantedCodes.has(c.codeId)) continue;
    let perCode = byDoc.get(c.documentId);
    if (!perCode) byDoc.set(c.documentId, (perCode = new Map()));
    let pair = perCode.get(c.codeId);
    if (!pair) perCode.set(c.codeId, (pair = [[], []]));
    pair[c.coder === coderA ? 0 : 1].push({ start: c.start, end: c.end });
  }
  return { docs, codeIds, byDoc };
}

/** Codebook order: depth first, siblings by `order`. */
function orderedCodeIds(codes: ProjectSnapshot['codes']): string[] {
  const children = new Map<string | null, ProjectSnapshot['codes']>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(c);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const c of (children.get(parent) ?? []).slice().sort((a, b) => a.order - b.order)) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c.id);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

/** The respondent turns of a document as units (a document without turns is one unit). */
function turnUnits(doc: Document): Interval[] {
  if (doc.turns.length === 0) return doc.text.length > 0 ? [{ start: 0, end: doc.text.length }] : [];
  const flags = respondentTurnFlags(doc);
  return doc.turns.filter((t, i) => flags[i] && t.end > t.start).map((t) => ({ start: t.start, end: t.end }));
}

// ---------------------------------------------------------------------------------------------
// Segment matching

interface Matching {
  a: Interval[];
  b: Interval[];
  /** Index pairs [ia, ib]. */
  pairs: [number, number][];
  matchedA: Uint8Array;
  matchedB: Uint8Array;
}

function matchSegments(aIn: readonly Interval[], bIn: readonly Interval[], threshold: number): Matching {
  const a = segmentsOf(aIn);
  const b = segmentsOf(bIn);
  const candidates: { ia: number; ib: number; j: number }[] = [];
  let first = 0;
  for (let ia = 0; ia < a.length; ia++) {
    while (first < b.length && b[first].end <= a[ia].start) first++;
    for (let ib = first; ib < b.length && b[ib].start < a[ia].end; ib++) {
      const overlap = Math.min(a[ia].end, b[ib].end) - Math.max(a[ia].start, b[ib].start);
      const union = Math.max(a[ia].end, b[ib].end) - Math.min(a[ia].start, b[ib].start);
      const j = overlap / union;
      if (overlap > 0 && j >= threshold) candidates.push({ ia, ib, j });
    }
  }
  candidates.sort((x, y) => y.j - x.j || x.ia - y.ia || x.ib - y.ib);
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (matchedA[c.ia] || matchedB[c.ib]) continue;
    matchedA[c.ia] = 1;
    matchedB[c.ib] = 1;
    pairs.push([c.ia, c.ib]);
  }
  return { a, b, pairs, matchedA, matchedB };
}

function checkThreshold(options: AgreementOptions): number {
  const t = options.overlapThreshold ?? DEFAULT_OVERLAP_THRESHOLD;
  if (!(t > 0 && t <= 1)) throw new RangeError(`overlapThreshold must be in (0, 1], got ${t}`);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Agreement

function figures(c: AgreementCounts): AgreementFigures {
  const table = [
    [c.both, c.onlyA],
    [c.onlyB, c.neither],
  ];
  const n = c.both + c.onlyA + c.onlyB + c.neither;
  return { ...c, n, percent: percentAgreement(table), kappa: cohensKappa(table).kappa, alpha: krippendorffAlphaNominalTable(table).alpha };
}

export function agreement(snapshot: Pick<ProjectSnapshot, 'documents' | 'codes' | 'codings'>, options: AgreementOptions): AgreementResult {
  const threshold = options.level === 'segment' ? checkThreshold(options) : 0;
  const { docs, codeIds, byDoc } = prepare(snapshot, options);
  const counts = new Map<string, AgreementCounts>(codeIds.map((id) => [id, { both: 0, onlyA: 0, onlyB: 0, neither: 0 }]));
  for (const doc of docs) {
    const perCode = byDoc.get(doc.id);
    if (options.level === 'character') {
      const resp = respondentIntervals(doc);
      const prefix = nonWhitePrefix(doc.text);
      const len = doc.text.length;
      const count = (list: readonly Interval[]) => {
        let n = 0;
        for (const i of list) n += prefix[Math.min(i.end, len)] - prefix[Math.max(0, Math.min(i.start, len))];
        return n;
      };
      const respChars = count(resp);
      for (const codeId of codeIds) {
        const cell = counts.get(codeId)!;
        const pair = perCode?.get(codeId);
        if (!pair) {
          if (options.includeUncoded) cell.neither += respChars;
          continue;
        }
        const ua = intersect(unionOfIntervals(pair[0]), resp);
        const ub = intersect(unionOfIntervals(pair[1]), resp);
        const a = count(ua);
        const b = count(ub);
        const both = count(intersect(ua, ub));
        cell.both += both;
        cell.onlyA += a - both;
        cell.onlyB += b - both;
        if (options.includeUncoded) cell.neither += respChars - (a + b - both);
      }
    } else {
      const units = options.includeUncoded ? turnUnits(doc) : [];
      for (const codeId of codeIds) {
        const cell = counts.get(codeId)!;
        const pair = perCode?.get(codeId);
        if (!pair) {
          cell.neither += units.length;
          continue;
        }
        const m = matchSegments(pair[0], pair[1], threshold);
        cell.both += m.pairs.length;
        cell.onlyA += m.a.length - m.pairs.length;
        cell.onlyB += m.b.length - m.pairs.length;
        if (units.length) {
          const coded = unionOfIntervals([...m.a, ...m.b]);
          // Units (turns) sorted by start are not guaranteed; count each with a binary search.
          for (const u of units) if (!overlapsAny(coded, u)) cell.neither++;
        }
      }
    }
  }
  const perCode = codeIds.map((codeId): CodeAgreement => ({ codeId, ...figures(counts.get(codeId)!) }));
  const pooled: AgreementCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  for (const c of counts.values()) {
    pooled.both += c.both;
    pooled.onlyA += c.onlyA;
    pooled.onlyB += c.onlyB;
    pooled.neither += c.neither;
  }
  return { perCode, overall: figures(pooled), documentIds: docs.map((d) => d.id) };
}

/** Does the sorted disjoint list overlap [u.start, u.end)? */
function overlapsAny(sorted: readonly Interval[], u: Interval): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= u.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < u.end;
}

// ---------------------------------------------------------------------------------------------
// Disagreements

/**
 * Where the two coders disagree, for the side-by-side viewer; sorted by document (project order),
 * then start, end and code. Character level: ranges of respondent text (with at least one
 * non-whitespace character) only one coder coded; `boundary` when the range joins a passage both
 * coded, else onlyA / onlyB. Segment level: unmatched segments (onlyA / onlyB) and, for matched
 * pairs with different boundaries, the parts only one of the two segments covers (boundary).
 */
export function disagreements(snapshot: Pick<ProjectSnapshot, 'documents' | 'codes' | 'codings'>, options: AgreementOptions): Disagreement[] {
  const threshold = options.level === 'segment' ? checkThreshold(options) : 0;
  const [coderA, coderB] = options.coders;
  const { docs, codeIds, byDoc } = prepare(snapshot, options);
  const out: Disagreement[] = [];
  docs.forEach((doc) => {
    const perCode = byDoc.get(doc.id);
    if (!perCode) return;
    const docOut: Disagreement[] = [];
    const add = (codeId: string, i: Interval, kind: DisagreementKind, coder: string) =>
      docOut.push({ documentId: doc.id, codeId, start: i.start, end: i.end, kind, coder });
    if (options.level === 'character') {
      const resp = respondentIntervals(doc);
      const prefix = nonWhitePrefix(doc.text);
      const len = doc.text.length;
      const visible = (i: Interval) => prefix[Math.min(i.end, len)] - prefix[Math.max(0, Math.min(i.start, len))] > 0;
      for (const codeId of codeIds) {
        const pair = perCode.get(codeId);
        if (!pair) continue;
        const ua = intersect(unionOfIntervals(pair[0]), resp);
        const ub = intersect(unionOfIntervals(pair[1]), resp);
        const both = intersect(ua, ub).filter(visible);
        const components = unionOfIntervals([...ua, ...ub]);
        const shared = new Uint8Array(components.length);
        for (let c = 0, k = 0; c < components.length && k < both.length; ) {
          if (both[k].end <= components[c].start) k++;
          else if (both[k].start >= components[c].end) c++;
          else {
            shared[c] = 1;
            c++;
          }
        }
        const componentOf = (i: Interval) => {
          let lo = 0;
          let hi = components.length - 1;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (components[mid].start <= i.start) lo = mid;
            else hi = mid - 1;
          }
          return lo;
        };
        for (const [list, kind, coder] of [
          [subtract(ua, ub), 'onlyA', coderA],
          [subtract(ub, ua), 'onlyB', coderB],
        ] as const) {
          for (const i of list) if (visible(i)) add(codeId, i, shared[componentOf(i)] ? 'boundary' : kind, coder);
        }
      }
    } else {
      for (const codeId of codeIds) {
        const pair = perCode.get(codeId);
        if (!pair) continue;
        const m = matchSegments(pair[0], pair[1], threshold);
        m.a.forEach((s, i) => void (m.matchedA[i] || add(codeId, s, 'onlyA', coderA)));
        m.b.forEach((s, i) => void (m.matchedB[i] || add(codeId, s, 'onlyB', coderB)));
        for (const [ia, ib] of m.pairs) {
          const a = m.a[ia];
          const b = m.b[ib];
          if (a.start !== b.start) add(codeId, { start: Math.min(a.start, b.start), end: Math.max(a.start, b.start) }, 'boundary', a.start < b.start ? coderA : coderB);
          if (a.end !== b.end) add(codeId, { start: Math.min(a.end, b.end), end: Math.max(a.end, b.end) }, 'boundary', a.end > b.end ? coderA : coderB);
        }
      }
    }
    docOut.sort((x, y) => x.start - y.start || x.end - y.end || (x.codeId < y.codeId ? -1 : x.codeId > y.codeId ? 1 : 0) || (x.coder < y.coder ? -1 : x.coder > y.coder ? 1 : 0));
    out.push(...docOut);
  });
  return out;
}
