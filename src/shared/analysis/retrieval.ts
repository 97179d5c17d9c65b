/**
 * Retrieval of coded fragments ("alle fragmenten van code X, van leerkrachten, bevorderend"): the
 * read side of axial and selective coding. Pure; indexes (CodingIndex, TurnLookup, the turn and
 * respondent of every coding) are built once per snapshot and cached in WeakMaps, so repeated
 * queries on the same snapshot only pay for the fragments they return.
 */
import { CodingIndex } from '../coding/index-structures';
import type { Code, Coding, Document, ProjectSnapshot, Respondent, Valence } from '../model/types';
import { respondentTurnFlags, TurnLookup } from '../text/turns';

export interface RetrievalQuery {
  /** Codings of these codes (and, by default, of their descendants). Absent: all codes. */
  codeIds?: string[];
  /** Include codings of the codes' descendants (default true). */
  includeDescendants?: boolean;
  /** Codings of the theme's categories and their descendants (combined with codeIds by AND). */
  themeId?: string;
  documentIds?: string[];
  /** Respondent roles ("leerkracht", ...): only fragments in turns of such respondents. */
  roles?: string[];
  /** Respondent attribute ("locatie" = "School Noord"). */
  attribute?: { key: string; value: string };
  coders?: string[];
  /** Valence of the coding; 'none' = no valence set. */
  valences?: (Valence | 'none')[];
  /** Only fragments in respondent text (not the interviewer's turns, not unlabelled text). */
  respondentOnly?: boolean;
}

export interface Fragment {
  coding: Coding;
  code: Code;
  document: Document;
  respondent?: Respondent;
  /** The respondent's role, when the fragment falls in a respondent's turn. */
  role?: string;
  /** Speaker label of the turn the fragment starts in ('' outside any turn). */
  speaker: string;
  /** Index into `document.turns` of the turn the fragment starts in, -1 outside any turn. */
  turnIndex: number;
  startTime?: number;
  text: string;
  /** Context before and after the fragment: up to ~200 characters or the sentence, within the turn. */
  before: string;
  after: string;
}

/** Where a coding sits: its turn and (if any) respondent. Computed once per snapshot. */
export interface CodingPlace {
  coding: Coding;
  document: Document;
  turnIndex: number;
  respondent?: Respondent;
  /** True when the turn is respondent text (mapped or unassigned speaker, never the interviewer). */
  respondentText: boolean;
}

export interface AnalysisIndex {
  /** Interval index over the codings (built on first use). */
  readonly codings: CodingIndex;
  /** Codings of one code (own codings only). */
  byCode(codeId: string): readonly Coding[];
  /** Where a coding sits (computed on first use, then cached). */
  place(coding: Coding): CodingPlace | undefined;
  codes: Map<string, Code>;
  documents: Map<string, Document>;
  /** Document id → position in project order. */
  docOrder: Map<string, number>;
  /** Code id → its children (in codebook order). */
  children: Map<string | null, Code[]>;
}

const cache = new WeakMap<ProjectSnapshot, AnalysisIndex>();
const turnCache = new WeakMap<Document, TurnLookup>();

export function turnLookup(doc: Document): TurnLookup {
  let t = turnCache.get(doc);
  if (!t) turnCache.set(doc, (t = new TurnLookup(doc)));
  return t;
}

/** The turn containing the coding's start (or, failing that, its last character); -1 when none. */
export function turnOfRange(doc: Document, start: number, end: number): number {
  const lookup = turnLookup(doc);
  const t = lookup.turnAt(start);
  return t >= 0 || end - 1 <= start ? t : lookup.turnAt(end - 1);
}

/** Builds (or returns the cached) read-side indexes of a snapshot. */
export function analysisIndex(snapshot: ProjectSnapshot): AnalysisIndex {
  const hit = cache.get(snapshot);
  if (hit) return hit;
  const documents = new Map(snapshot.documents.map((d) => [d.id, d]));
  const docOrder = new Map(
    snapshot.documents
      .slice()
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
      .map((d, i) => [d.id, i]),
  );
  const respondents = new Map(snapshot.respondents.map((r) => [r.id, r]));
  const docInfo = new Map<string, { respondentOf: Map<string, Respondent>; flags: boolean[] }>();
  for (const d of snapshot.documents) {
    const respondentOf = new Map<string, Respondent>();
    for (const s of d.speakers) {
      if (s.role.kind !== 'respondent') continue;
      const r = respondents.get(s.role.respondentId);
      if (r) respondentOf.set(s.label, r);
    }
    docInfo.set(d.id, { respondentOf, flags: respondentTurnFlags(d) });
  }
  const places = new Map<string, CodingPlace | null>();
  const place = (coding: Coding): CodingPlace | undefined => {
    const hit = places.get(coding.id);
    if (hit !== undefined) return hit ?? undefined;
    const document = documents.get(coding.documentId);
    if (!document) {
      places.set(coding.id, null);
      return undefined;
    }
    const info = docInfo.get(document.id)!;
    const turnIndex = turnOfRange(document, coding.start, coding.end);
    const speaker = turnIndex >= 0 ? document.turns[turnIndex].speaker : undefined;
    const respondent = speaker === undefined ? undefined : info.respondentOf.get(speaker);
    // A document without turns is respondent text as a whole (as in coding progress).
    const respondentText = document.turns.length === 0 ? true : turnIndex >= 0 && info.flags[turnIndex];
    const p: CodingPlace = { coding, document, turnIndex, respondent, respondentText };
    places.set(coding.id, p);
    return p;
  };
  const byCode = new Map<string, Coding[]>();
  for (const c of snapshot.codings) {
    const list = byCode.get(c.codeId);
    if (list) list.push(c);
    else byCode.set(c.codeId, [c]);
  }
  let codingIndex: CodingIndex | undefined;
  const children = new Map<string | null, Code[]>();
  for (const c of snapshot.codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const index: AnalysisIndex = {
    get codings() {
      return (codingIndex ??= CodingIndex.fromSnapshot(snapshot));
    },
    byCode: (codeId) => byCode.get(codeId) ?? [],
    place,
    codes: new Map(snapshot.codes.map((c) => [c.id, c])),
    documents,
    docOrder,
    children,
  };
  cache.set(snapshot, index);
  return index;
}

/** The code ids with all their descendants (each once). */
export function withDescendants(index: Pick<AnalysisIndex, 'children'>, codeIds: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const stack = [...codeIds];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const child of index.children.get(id) ?? []) stack.push(child.id);
  }
  return out;
}

/** All codes in codebook (depth-first) order. */
export function codesInTreeOrder(index: Pick<AnalysisIndex, 'children'>): Code[] {
  const out: Code[] = [];
  const visit = (parent: string | null) => {
    for (const c of index.children.get(parent) ?? []) {
      out.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return out;
}

/** Compares places by document order, then start, end and id. */
export function comparePlaces(index: AnalysisIndex) {
  return (a: CodingPlace, b: CodingPlace): number =>
    (index.docOrder.get(a.document.id) ?? 0) - (index.docOrder.get(b.document.id) ?? 0) ||
    a.coding.start - b.coding.start ||
    a.coding.end - b.coding.end ||
    (a.coding.id < b.coding.id ? -1 : a.coding.id > b.coding.id ? 1 : 0);
}

const CONTEXT_CHARS = 200;
const isSentenceEnd = (ch: string) => ch === '.' || ch === '!' || ch === '?' || ch === '…';
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** Context before `start`: back to the sentence start, at most ~200 characters, not before `lo`. */
export function contextBefore(text: string, lo: number, start: number): string {
  const from = Math.max(lo, start - CONTEXT_CHARS);
  const part = text.slice(from, start);
  // The last sentence end followed by whitespace starts the sentence the fragment is in.
  for (let i = part.length - 1; i > 0; i--) {
    if (isSentenceEnd(part[i - 1]) && isSpace(part[i]) && part.slice(i).trim() !== '') return part.slice(i).trimStart();
  }
  if (from > lo) {
    const space = part.search(/\s/);
    if (space >= 0) return part.slice(space + 1);
  }
  return part.trimStart();
}

/** Context after `end`: up to the end of the sentence, at most ~200 characters, not after `hi`. */
export function contextAfter(text: string, end: number, hi: number): string {
  const to = Math.min(hi, end + CONTEXT_CHARS);
  const part = text.slice(end, to);
  for (let i = 0; i < part.length; i++) {
    if (isSentenceEnd(part[i]) && (i + 1 === part.length || isSpace(part[i + 1]))) return part.slice(0, i + 1);
  }
  if (to < hi) {
    const space = part.search(/\s\S*$/);
    if (space > 0) return part.slice(0, space);
  }
  return part.trimEnd();
}

/** A Fragment for one located coding; exports that show no context skip finding it. */
export function fragmentOf(index: AnalysisIndex, place: CodingPlace, withContext = true): Fragment {
  const { coding, document, turnIndex, respondent } = place;
  const turn = turnIndex >= 0 ? document.turns[turnIndex] : undefined;
  const lo = turn ? Math.min(turn.start, coding.start) : 0;
  const hi = turn ? Math.max(turn.end, coding.end) : document.text.length;
  const f: Fragment = {
    coding,
    code: index.codes.get(coding.codeId)!,
    document,
    speaker: turn?.speaker ?? '',
    turnIndex,
    text: document.text.slice(coding.start, coding.end),
    before: withContext ? contextBefore(document.text, lo, coding.start) : '',
    after: withContext ? contextAfter(document.text, coding.end, hi) : '',
  };
  if (respondent) {
    f.respondent = respondent;
    f.role = respondent.role;
  }
  if (turn?.startTime !== undefined) f.startTime = turn.startTime;
  return f;
}

/** Code ids a query selects (undefined = every code). */
function selectedCodes(snapshot: ProjectSnapshot, index: AnalysisIndex, query: RetrievalQuery): Set<string> | undefined {
  let codes: Set<string> | undefined;
  if (query.codeIds) {
    codes = query.includeDescendants === false ? new Set(query.codeIds) : withDescendants(index, query.codeIds);
  }
  if (query.themeId !== undefined) {
    const theme = snapshot.themes.find((t) => t.id === query.themeId);
    const themeCodes = withDescendants(index, theme?.categoryIds ?? []);
    codes = codes ? new Set([...codes].filter((id) => themeCodes.has(id))) : themeCodes;
  }
  return codes;
}

/** Filters a located coding by the query's non-code criteria. */
export function placeFilter(query: RetrievalQuery): (p: CodingPlace) => boolean {
  const docs = query.documentIds && new Set(query.documentIds);
  const roles = query.roles && new Set(query.roles);
  const coders = query.coders && new Set(query.coders);
  const valences = query.valences && new Set<string>(query.valences);
  const attr = query.attribute;
  return (p) =>
    (!docs || docs.has(p.document.id)) &&
    (!query.respondentOnly || p.respondentText) &&
    (!roles || (p.respondent !== undefined && roles.has(p.respondent.role))) &&
    (!attr || p.respondent?.attributes[attr.key] === attr.value) &&
    (!coders || coders.has(p.coding.coder)) &&
    (!valences || valences.has(p.coding.valence ?? 'none'));
}

/** The located codings a query selects, sorted by document order, then start. */
export function retrievePlaces(snapshot: ProjectSnapshot, query: RetrievalQuery): CodingPlace[] {
  const index = analysisIndex(snapshot);
  const codes = selectedCodes(snapshot, index, query);
  const keep = placeFilter(query);
  const out: CodingPlace[] = [];
  const consider = (c: Coding) => {
    const p = index.codes.has(c.codeId) ? index.place(c) : undefined;
    if (p && keep(p)) out.push(p);
  };
  if (codes) {
    for (const id of codes) for (const c of index.byCode(id)) consider(c);
  } else {
    for (const c of snapshot.codings) consider(c);
  }
  return out.sort(comparePlaces(index));
}

/**
 * Coded fragments matching the query, sorted by document order then start; with the surrounding
 * sentence as `before`/`after` unless `withContext` is false (then both are empty).
 */
export function retrieve(snapshot: ProjectSnapshot, query: RetrievalQuery = {}, withContext = true): Fragment[] {
  const index = analysisIndex(snapshot);
  return retrievePlaces(snapshot, query).map((p) => fragmentOf(index, p, withContext));
}
