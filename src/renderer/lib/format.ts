/** Pure display helpers (no React, no DOM): unit-tested in test/unit/renderer. */
import type { ChangeSet, EntityChange } from '../../shared/model/changes';
import type { Document, Id, Language, Respondent, SpeakerRole } from '../../shared/model/types';
import { catalogues, translate } from '../../shared/i18n';
import type { ImportMessage } from '../../shared/import/types';
import { isInterviewerLabel } from '../../shared/project/commands';

/** Seconds → "00:12:41" (hours always shown, as in transcription software). */
export function formatTimestamp(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** First 12 hex digits of a SHA-256: enough to tell files apart at a glance. */
export function shortChecksum(checksum: string): string {
  return checksum.slice(0, 12);
}

export function formatDateTime(lang: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatBytes(lang: Language, bytes: number): string {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/**
 * Shows an import warning in the UI language. Warnings are stored as `{ key, params }` messages;
 * older data may hold an i18n key, a JSON-encoded message or plain text.
 */
export function formatWarning(lang: Language, warning: ImportMessage | string): string {
  if (typeof warning !== 'string') return translate(lang, warning.key, warning.params ?? {});
  const trimmed = warning.trim();
  if (trimmed.startsWith('{')) {
    try {
      const msg = JSON.parse(trimmed) as { key?: unknown; params?: Record<string, string | number> };
      if (typeof msg.key === 'string') return translate(lang, msg.key, msg.params ?? {});
    } catch {
      // not JSON: fall through
    }
  }
  if (trimmed in catalogues[lang] || trimmed in catalogues.en) return translate(lang, trimmed);
  return warning;
}

/** Labels that almost always denote the interviewer in Dutch and English transcripts. */
const INTERVIEWER_LABEL = /^(i|int|interviewer|interviewster|interviewee?r|onderzoeker|researcher|student|vraag|q|moderator|gespreksleider)\b/i;

export function looksLikeInterviewer(label: string): boolean {
  return isInterviewerLabel(label) || INTERVIEWER_LABEL.test(label.trim());
}

/** Next free "Respondent N" pseudonym, skipping names already taken (case-insensitive). */
export function suggestPseudonyms(existing: string[], count: number, base = 'Respondent'): string[] {
  const taken = new Set(existing.map((p) => p.trim().toLowerCase()));
  const result: string[] = [];
  let n = 1;
  while (result.length < count) {
    const name = `${base} ${n}`;
    if (!taken.has(name.toLowerCase())) {
      result.push(name);
      taken.add(name.toLowerCase());
    }
    n += 1;
  }
  return result;
}

/**
 * Merges several change sets into one named set (one undo step). Changes touching the same entity
 * collapse into one: the first `before` and the last `after`; an entity created and deleted again
 * disappears.
 */
export function combineChangeSets(
  name: string,
  params: Record<string, string | number> | undefined,
  sets: ChangeSet[],
): ChangeSet {
  const order: string[] = [];
  const merged = new Map<string, EntityChange>();
  let project: ChangeSet['project'];
  for (const set of sets) {
    if (set.project) project = project ? { before: project.before, after: set.project.after } : set.project;
    for (const change of set.changes) {
      const key = `${change.table}:${change.id}`;
      const prev = merged.get(key);
      if (!prev) {
        order.push(key);
        merged.set(key, change);
      } else {
        merged.set(key, { ...prev, after: change.after } as EntityChange);
      }
    }
  }
  const changes = order
    .map((key) => merged.get(key)!)
    .filter((c) => !(c.before === null && c.after === null));
  const result: ChangeSet = { name, changes };
  if (params) result.params = params;
  if (project) result.project = project;
  return result;
}

/** Respondents that a document's speakers are mapped to, in speaker order, without repeats. */
export function documentRespondents(doc: Document, respondents: Respondent[]): Respondent[] {
  const byId = new Map(respondents.map((r) => [r.id, r]));
  const seen = new Set<Id>();
  const out: Respondent[] = [];
  for (const s of doc.speakers) {
    if (s.role.kind !== 'respondent' || seen.has(s.role.respondentId)) continue;
    const r = byId.get(s.role.respondentId);
    if (r) {
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

/** Speaker labels of a document that are not yet mapped to the interviewer or a respondent. */
export function unassignedSpeakers(doc: Document): string[] {
  const labels = new Set(doc.turns.map((t) => t.speaker));
  for (const s of doc.speakers) labels.add(s.label);
  const assigned = new Map(doc.speakers.map((s) => [s.label, s.role]));
  return [...labels].filter((label) => {
    const role: SpeakerRole | undefined = assigned.get(label);
    return !role || role.kind === 'unassigned';
  });
}

/** The role of a speaker label in a document ("unassigned" when unknown). */
export function speakerRole(doc: Document, label: string): SpeakerRole {
  return doc.speakers.find((s) => s.label === label)?.role ?? { kind: 'unassigned' };
}

/** Speaker labels in order of first appearance (assignments first, then any label only in turns). */
export function speakerLabels(doc: Document): string[] {
  const labels: string[] = [];
  const seen = new Set<string>();
  for (const label of [...doc.speakers.map((s) => s.label), ...doc.turns.map((t) => t.speaker)]) {
    if (!seen.has(label)) {
      seen.add(label);
      labels.push(label);
    }
  }
  return labels;
}

export type Route =
  | { kind: 'start' }
  | { kind: 'project'; projectId: Id }
  | { kind: 'codebook'; projectId: Id }
  | { kind: 'axial'; projectId: Id }
  | { kind: 'selective'; projectId: Id }
  | { kind: 'analysis'; projectId: Id }
  | { kind: 'report'; projectId: Id }
  | { kind: 'review'; projectId: Id }
  | { kind: 'document'; projectId: Id; documentId: Id }
  | { kind: 'coding'; projectId: Id; documentId: Id };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'project' && parts[1]) {
    if (parts[2] === 'codebook') return { kind: 'codebook', projectId: parts[1] };
    if (parts[2] === 'axial' || parts[2] === 'selective' || parts[2] === 'analysis') return { kind: parts[2], projectId: parts[1] };
    if (parts[2] === 'report') return { kind: 'report', projectId: parts[1] };
    if (parts[2] === 'review') return { kind: 'review', projectId: parts[1] };
    if (parts[2] === 'document' && parts[3]) return { kind: 'document', projectId: parts[1], documentId: parts[3] };
    if (parts[2] === 'code' && parts[3]) return { kind: 'coding', projectId: parts[1], documentId: parts[3] };
    return { kind: 'project', projectId: parts[1] };
  }
  return { kind: 'start' };
}

export function routeToHash(route: Route): string {
  switch (route.kind) {
    case 'start':
      return '#/';
    case 'project':
      return `#/project/${encodeURIComponent(route.projectId)}`;
    case 'codebook':
      return `#/project/${encodeURIComponent(route.projectId)}/codebook`;
    case 'axial':
    case 'selective':
    case 'analysis':
    case 'report':
    case 'review':
      return `#/project/${encodeURIComponent(route.projectId)}/${route.kind}`;
    case 'document':
      return `#/project/${encodeURIComponent(route.projectId)}/document/${encodeURIComponent(route.documentId)}`;
    case 'coding':
      return `#/project/${encodeURIComponent(route.projectId)}/code/${encodeURIComponent(route.documentId)}`;
  }
}

/** A file name safe on every OS for "Save as", ending in `.werkbank`. */
export function projectFileName(projectName: string): string {
  return `${safeFileStem(projectName) || 'project'}.werkbank`;
}

/** A file name safe on every OS for an export: "<stem>.<ext>". */
export function exportFileName(stem: string, ext: string): string {
  return `${safeFileStem(stem) || 'export'}.${ext}`;
}

function safeFileStem(projectName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are invalid in file names
  const cleaned = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim();
  return cleaned;
}
