/**
 * How much of the respondents' text is coded. Only respondent text counts (see
 * `respondentTurnFlags`: turns of speakers mapped to a respondent or not yet assigned; not the
 * interviewer, not unlabelled text such as a title). A document without any turns counts as one
 * respondent text. Overlapping codings count once (union of intervals).
 *
 * "Characters" are non-whitespace UTF-16 code units, so a document whose every word is coded is
 * 100 % coded even though codings never include the spaces between them.
 */
import type { Coding, Document, ProjectSnapshot } from '../model/types';
import { respondentTurnFlags } from '../text/turns';
import type { Interval } from './index-structures';

export interface CodedShare {
  respondentChars: number;
  codedRespondentChars: number;
  /** codedRespondentChars / respondentChars, 0 when there is no respondent text. */
  share: number;
}

/** Sorted, disjoint union of intervals (empty ones dropped). */
export function unionOfIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** Prefix counts of non-whitespace code units: count in [a, b) = p[b] - p[a]. */
export function nonWhitePrefix(text: string): Int32Array {
  const p = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const white = c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(text[i]));
    if (!white) n++;
    p[i + 1] = n;
  }
  return p;
}

/** The respondent text of a document as sorted disjoint intervals. */
export function respondentIntervals(doc: Pick<Document, 'text' | 'turns' | 'speakers'>): Interval[] {
  if (doc.turns.length === 0) return doc.text.length > 0 ? [{ start: 0, end: doc.text.length }] : [];
  const flags = respondentTurnFlags(doc);
  return unionOfIntervals(doc.turns.filter((_, i) => flags[i]).map((t) => ({ start: Math.max(0, t.start), end: Math.min(doc.text.length, t.end) })));
}

/**
 * Coded share of one document's respondent text. `codings` may contain codings of other
 * documents (those with another `documentId` are ignored).
 */
export function codedShare(
  doc: Pick<Document, 'id' | 'text' | 'turns' | 'speakers'>,
  codings: readonly (Interval & { documentId?: string })[],
): CodedShare {
  const prefix = nonWhitePrefix(doc.text);
  const count = (i: Interval) => prefix[Math.min(i.end, doc.text.length)] - prefix[Math.max(0, i.start)];
  const resp = respondentIntervals(doc);
  const coded = unionOfIntervals(codings.filter((c) => c.documentId === undefined || c.documentId === doc.id));
  let respondentChars = 0;
  for (const r of resp) respondentChars += count(r);
  let codedRespondentChars = 0;
  // Intersect two sorted disjoint lists.
  for (let a = 0, b = 0; a < resp.length && b < coded.length; ) {
    const start = Math.max(resp[a].start, coded[b].start);
    const end = Math.min(resp[a].end, coded[b].end);
    if (start < end) codedRespondentChars += count({ start, end });
    if (resp[a].end < coded[b].end) a++;
    else b++;
  }
  return { respondentChars, codedRespondentChars, share: respondentChars === 0 ? 0 : codedRespondentChars / respondentChars };
}

export interface DocumentProgress extends CodedShare {
  documentId: string;
  codings: number;
  done: boolean;
}

export interface ProjectProgress {
  /** In project order. */
  documents: DocumentProgress[];
  total: CodedShare & { documents: number; documentsDone: number; codings: number };
}

/** Coded share per document and over the whole project (weighted by respondent text). */
export function projectProgress(snapshot: Pick<ProjectSnapshot, 'documents' | 'codings'>): ProjectProgress {
  const byDoc = new Map<string, Coding[]>();
  for (const c of snapshot.codings) {
    let list = byDoc.get(c.documentId);
    if (!list) byDoc.set(c.documentId, (list = []));
    list.push(c);
  }
  const documents = snapshot.documents
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((doc): DocumentProgress => {
      const codings = byDoc.get(doc.id) ?? [];
      return { documentId: doc.id, ...codedShare(doc, codings), codings: codings.length, done: doc.codingDone !== undefined };
    });
  const respondentChars = documents.reduce((n, d) => n + d.respondentChars, 0);
  const codedRespondentChars = documents.reduce((n, d) => n + d.codedRespondentChars, 0);
  return {
    documents,
    total: {
      respondentChars,
      codedRespondentChars,
      share: respondentChars === 0 ? 0 : codedRespondentChars / respondentChars,
      documents: documents.length,
      documentsDone: documents.filter((d) => d.done).length,
      codings: documents.reduce((n, d) => n + d.codings, 0),
    },
  };
}
