/**
 * Merging two copies of one project, typically a second coder's copy sent back: both coders' work
 * is kept and nothing of `base` is ever overwritten or removed.
 *
 * Rules, per collection:
 * - same id, equal content (`deepEqual`): kept once;
 * - same id, different content: base's version is kept; for codings and memos `other`'s version is
 *   added as a new entity with a new id (unless an equal copy is already there, so re-merging is
 *   idempotent); for everything else the difference is listed in `report.conflicts`;
 * - only in `other`: added, with references rewritten to base's ids. Respondents are matched by
 *   id, else by pseudonym, role and attributes; codes by id, else by label under the same (matched)
 *   parent; documents by id, else by checksum and identical text;
 *   codings, memos, relations and log lines whose content (everything but the id) equals one already
 *   in base are not added twice.
 * - a coding or theme that differs only in its review mark (a research assistant or supervisor
 *   reviewed the copy): the mark is taken when base has none; when both carry different marks,
 *   base's stays and the difference is listed.
 * The project record (name, settings, phases, storyline) stays base's.
 */
import { created, updated, type ChangeSet, type EntityChange } from '../model/changes';
import type { Code, Coding, EntityByTable, EntityTable, Id, Language, Memo, MemoTarget, ProjectSnapshot, Respondent, ReviewMark, SpeakerRole, Theme } from '../model/types';
import { translate } from '../i18n';
import { newId as defaultNewId } from '../util/ids';
import { deepEqual } from './equal';

export interface MergeContext {
  newId?: () => string;
  /** Language of the conflict lines; default the base project's language. */
  language?: Language;
}

export interface MergeReport {
  addedCodings: number;
  /** Review marks taken over from the copy onto codings and themes that had none. */
  addedReviews: number;
  addedMemos: number;
  addedCodes: number;
  addedDocuments: number;
  /** Human-readable lines, one per entity both copies changed differently. */
  conflicts: string[];
}

export interface MergeResult {
  snapshot: ProjectSnapshot;
  report: MergeReport;
}

/** Canonical JSON (sorted keys, undefined dropped) of a record without its id and project id. */
function contentKey(entity: object): string {
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .filter((k) => o[k] !== undefined)
          .sort()
          .map((k) => [k, canon(o[k])]),
      );
    }
    return v;
  };
  const { id: _id, projectId: _p, ...rest } = entity as { id: string; projectId?: string };
  return JSON.stringify(canon(rest));
}

/** Equal apart from the review mark and the time of the last change. */
function sameButReview<T extends { review?: ReviewMark; updatedAt: string }>(a: T, b: T): boolean {
  return deepEqual({ ...a, review: undefined, updatedAt: '' }, { ...b, review: undefined, updatedAt: '' });
}

/**
 * base's entity with the copy's review mark when only the mark differs and base has none; base's
 * entity unchanged with `conflict` true when both carry different marks; null otherwise.
 */
function takeReview<T extends { review?: ReviewMark; updatedAt: string }>(mine: T, theirs: T): { entity: T; conflict: boolean } | null {
  if (!sameButReview(mine, theirs)) return null;
  if (!theirs.review || deepEqual(mine.review, theirs.review)) return { entity: mine, conflict: false };
  if (mine.review) return { entity: mine, conflict: true };
  return { entity: { ...mine, review: theirs.review, updatedAt: theirs.updatedAt > mine.updatedAt ? theirs.updatedAt : mine.updatedAt }, conflict: false };
}

export function mergeProjects(base: ProjectSnapshot, other: ProjectSnapshot, ctx: MergeContext = {}): MergeResult {
  const newId = ctx.newId ?? (() => defaultNewId());
  const lang = ctx.language ?? base.project.settings.language;
  const projectId = base.project.id;
  const report: MergeReport = { addedCodings: 0, addedReviews: 0, addedMemos: 0, addedCodes: 0, addedDocuments: 0, conflicts: [] };
  const conflict = (table: string, id: string, label: string) => report.conflicts.push(translate(lang, 'merge.conflict.kept', { table, id, label }));
  /** other's id → id in the merged snapshot (identity unless matched or copied). */
  const map = new Map<Id, Id>();
  const ref = (id: Id) => map.get(id) ?? id;

  const out: ProjectSnapshot = {
    project: base.project,
    documents: base.documents.slice(),
    respondents: base.respondents.slice(),
    codes: base.codes.slice(),
    codings: base.codings.slice(),
    memos: base.memos.slice(),
    codebookLog: base.codebookLog.slice(),
    relations: base.relations.slice(),
    themes: base.themes.slice(),
  };

  // Respondents (referenced by documents' speakers).
  const respondents = new Map(base.respondents.map((r) => [r.id, r]));
  const person = (r: Respondent) => contentKey({ pseudonym: r.pseudonym, role: r.role, attributes: r.attributes });
  const samePerson = new Map(base.respondents.map((r) => [person(r), r.id]));
  for (const r of other.respondents) {
    const mine = respondents.get(r.id);
    const twin = mine ? undefined : samePerson.get(person(r));
    if (twin) map.set(r.id, twin);
    else if (!mine) out.respondents.push({ ...r, projectId });
    else if (!deepEqual({ ...mine, projectId }, { ...r, projectId })) conflict('respondents', r.id, mine.pseudonym);
  }

  // Documents: by id, else by checksum + identical text.
  const docs = new Map(base.documents.map((d) => [d.id, d]));
  const byContent = new Map(base.documents.map((d) => [`${d.checksum}\u0000${d.text}`, d]));
  const role = (r: SpeakerRole): SpeakerRole => (r.kind === 'respondent' ? { kind: 'respondent', respondentId: ref(r.respondentId) } : r);
  for (const d of other.documents) {
    const mine = docs.get(d.id);
    if (mine) {
      if (!deepEqual({ ...mine, projectId }, { ...d, projectId })) conflict('documents', d.id, mine.name);
      continue;
    }
    const same = byContent.get(`${d.checksum}\u0000${d.text}`);
    if (same) {
      map.set(d.id, same.id);
      continue;
    }
    out.documents.push({ ...d, projectId, speakers: d.speakers.map((s) => ({ label: s.label, role: role(s.role) })) });
    report.addedDocuments++;
  }

  // Codes: parents first, so a new child finds its (matched) parent.
  const codes = new Map(base.codes.map((c) => [c.id, c]));
  const byLabel = new Map(base.codes.map((c) => [`${c.parentId ?? ''}\u0000${c.label}`, c]));
  const otherCodes = new Map(other.codes.map((c) => [c.id, c]));
  const done = new Set<Id>();
  const addCode = (c: Code, path: Set<Id>) => {
    if (done.has(c.id)) return;
    done.add(c.id);
    if (c.parentId !== null && otherCodes.has(c.parentId) && !path.has(c.parentId)) addCode(otherCodes.get(c.parentId)!, new Set([...path, c.id]));
    const mine = codes.get(c.id);
    if (mine) {
      if (!deepEqual({ ...mine, projectId }, { ...c, projectId })) conflict('codes', c.id, mine.label);
      return;
    }
    const parentId = c.parentId === null ? null : ref(c.parentId);
    const same = byLabel.get(`${parentId ?? ''}\u0000${c.label}`);
    if (same) {
      map.set(c.id, same.id);
      return;
    }
    const added: Code = { ...c, projectId, parentId };
    out.codes.push(added);
    codes.set(added.id, added);
    byLabel.set(`${parentId ?? ''}\u0000${c.label}`, added);
    report.addedCodes++;
  };
  for (const c of other.codes) addCode(c, new Set());
  // pairId may point to a code added later in the loop: fix references now all ids are known.
  out.codes = out.codes.map((c) => (c.pairId !== undefined && map.has(c.pairId) ? { ...c, pairId: ref(c.pairId) } : c));

  // Codings and memos: never overwrite; a differing version becomes a new entity.
  const codingIds = new Map(base.codings.map((c) => [c.id, c]));
  // Positions in out.codings, so taking over many review marks stays linear.
  const codingAt = new Map(base.codings.map((c, i) => [c.id, i]));
  const codingKeys = new Map(base.codings.map((c) => [contentKey(c), c.id]));
  const bareKey = (c: Coding) => contentKey({ ...c, review: undefined, updatedAt: '' });
  const codingBare = new Map(base.codings.map((c) => [bareKey(c), c.id]));
  for (const c of other.codings) {
    const mapped: Coding = { ...c, projectId, documentId: ref(c.documentId), codeId: ref(c.codeId) };
    const mine = codingIds.get(c.id);
    if (mine && deepEqual({ ...mine, projectId }, mapped)) continue;
    // The same coding, by id or (in a copy opened under new ids) by everything but its review mark.
    const twin = mine ?? codingIds.get(codingBare.get(bareKey(mapped)) ?? '');
    const reviewed = twin && takeReview({ ...twin, projectId }, { ...mapped, id: twin.id });
    if (twin && reviewed) {
      if (!mine) map.set(c.id, twin.id);
      if (reviewed.conflict) conflict('codings', twin.id, twin.review?.reviewer ?? '');
      else if (!deepEqual(reviewed.entity, { ...twin, projectId })) {
        out.codings[codingAt.get(twin.id)!] = reviewed.entity;
        codingIds.set(twin.id, reviewed.entity);
        report.addedReviews++;
      }
      continue;
    }
    const key = contentKey(mapped);
    if (codingKeys.has(key)) {
      // Already there (under another id, e.g. from an earlier merge): remember where.
      if (!mine) map.set(c.id, codingKeys.get(key)!);
      continue;
    }
    const added = mine ? { ...mapped, id: newId() } : mapped;
    if (mine) {
      map.set(c.id, added.id);
      report.conflicts.push(translate(lang, 'merge.conflict.copied', { table: 'codings', id: c.id, newId: added.id }));
    }
    codingAt.set(added.id, out.codings.push(added) - 1);
    codingIds.set(added.id, added);
    codingKeys.set(key, added.id);
    report.addedCodings++;
  }

  const target = (t: MemoTarget): MemoTarget => (t.kind === 'project' ? t : { kind: t.kind, id: ref(t.id) });
  const memoIds = new Map(base.memos.map((m) => [m.id, m]));
  const memoKeys = new Set(base.memos.map(contentKey));
  for (const m of other.memos) {
    const mapped: Memo = { ...m, projectId, target: target(m.target) };
    const mine = memoIds.get(m.id);
    if (mine && deepEqual({ ...mine, projectId }, mapped)) continue;
    const key = contentKey(mapped);
    if (memoKeys.has(key)) continue;
    const added = mine ? { ...mapped, id: newId() } : mapped;
    if (mine) report.conflicts.push(translate(lang, 'merge.conflict.copied', { table: 'memos', id: m.id, newId: added.id }));
    out.memos.push(added);
    memoIds.set(added.id, added);
    memoKeys.add(key);
    report.addedMemos++;
  }

  // Log lines, relations, themes: add what is new, list differing versions as conflicts.
  const simple = <T extends { id: Id; projectId: Id }>(table: 'codebookLog' | 'relations' | 'themes', list: T[], mapRefs: (e: T) => T, label: (e: T) => string) => {
    const ids = new Map(list.map((e) => [e.id, e]));
    const keys = new Set(list.map(contentKey));
    for (const e of (other[table] as unknown as T[]).map(mapRefs)) {
      const mine = ids.get(e.id);
      if (mine) {
        if (deepEqual({ ...mine, projectId }, e)) continue;
        // A supervisor's comment on a theme comes back like a review mark on a coding.
        const reviewed = table === 'themes' ? takeReview({ ...mine, projectId } as unknown as Theme, e as unknown as Theme) : null;
        if (reviewed && !reviewed.conflict) {
          if (!deepEqual(reviewed.entity, { ...mine, projectId })) {
            list[list.indexOf(mine)] = reviewed.entity as unknown as T;
            report.addedReviews++;
          }
          continue;
        }
        conflict(table, e.id, label(mine));
        continue;
      }
      if (keys.has(contentKey(e))) continue;
      list.push(e);
      ids.set(e.id, e);
      keys.add(contentKey(e));
    }
  };
  simple('codebookLog', out.codebookLog, (e) => ({ ...e, projectId }), (e) => e.action);
  simple('relations', out.relations, (r) => ({ ...r, projectId, fromCodeId: ref(r.fromCodeId), toCodeId: ref(r.toCodeId) }), (r) => r.type);
  simple(
    'themes',
    out.themes,
    (t) => ({ ...t, projectId, categoryIds: t.categoryIds.map(ref), keyQuoteIds: t.keyQuoteIds.map(ref) }),
    (t) => t.label,
  );

  return { snapshot: out, report };
}

const MERGED_TABLES: EntityTable[] = ['documents', 'respondents', 'codes', 'codings', 'memos', 'codebookLog', 'relations', 'themes'];

/**
 * What the merge changes in `base`, as one change set: the entities the copy adds, and the ones it
 * updates (only review marks taken over — `mergeProjects` never overwrites anything else).
 */
export function mergeChanges(base: ProjectSnapshot, merged: ProjectSnapshot, fileName: string): ChangeSet {
  const changes: EntityChange[] = [];
  for (const table of MERGED_TABLES) {
    const known = new Map((base[table] as EntityByTable[typeof table][]).map((e) => [e.id, e]));
    for (const entity of merged[table] as EntityByTable[typeof table][]) {
      const before = known.get(entity.id);
      if (!before) changes.push(created(table, entity));
      else if (before !== entity && !deepEqual(before, entity)) changes.push(updated(table, before, entity));
    }
  }
  return { name: 'command.mergeCopy', params: { file: fileName }, changes };
}
