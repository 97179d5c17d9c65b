/**
 * Gives every record of a snapshot a new id and rewrites every reference consistently: opening a
 * `.werkbank` copy of a project that already exists locally must never overwrite the local one.
 */
import type { MemoTarget, ProjectSnapshot, SpeakerRole } from '../model/types';
import { newId as defaultNewId } from '../util/ids';

export function remapSnapshotIds(snapshot: ProjectSnapshot, newId: () => string = () => defaultNewId()): ProjectSnapshot {
  const map = new Map<string, string>();
  const fresh = (id: string): string => {
    let next = map.get(id);
    if (next === undefined) {
      next = newId();
      map.set(id, next);
    }
    return next;
  };
  // Assign ids for all records first so references resolve whatever the order.
  const projectId = fresh(snapshot.project.id);
  for (const table of ['documents', 'respondents', 'codes', 'codings', 'memos', 'codebookLog', 'relations', 'themes'] as const) {
    for (const e of snapshot[table]) fresh(e.id);
  }
  const ref = (id: string): string => map.get(id) ?? id;
  const role = (r: SpeakerRole): SpeakerRole => (r.kind === 'respondent' ? { kind: 'respondent', respondentId: ref(r.respondentId) } : r);
  const target = (t: MemoTarget): MemoTarget => (t.kind === 'project' ? t : { kind: t.kind, id: ref(t.id) });
  return {
    project: { ...snapshot.project, id: projectId },
    documents: snapshot.documents.map((d) => ({
      ...d,
      id: ref(d.id),
      projectId,
      speakers: d.speakers.map((s) => ({ label: s.label, role: role(s.role) })),
    })),
    respondents: snapshot.respondents.map((r) => ({ ...r, id: ref(r.id), projectId })),
    codes: snapshot.codes.map((c) => ({
      ...c,
      id: ref(c.id),
      projectId,
      parentId: c.parentId === null ? null : ref(c.parentId),
      ...(c.pairId !== undefined ? { pairId: ref(c.pairId) } : {}),
    })),
    codings: snapshot.codings.map((c) => ({ ...c, id: ref(c.id), projectId, documentId: ref(c.documentId), codeId: ref(c.codeId) })),
    memos: snapshot.memos.map((m) => ({ ...m, id: ref(m.id), projectId, target: target(m.target) })),
    codebookLog: snapshot.codebookLog.map((e) => ({ ...e, id: ref(e.id), projectId })),
    relations: snapshot.relations.map((r) => ({
      ...r,
      id: ref(r.id),
      projectId,
      fromCodeId: ref(r.fromCodeId),
      toCodeId: ref(r.toCodeId),
    })),
    themes: snapshot.themes.map((t) => ({
      ...t,
      id: ref(t.id),
      projectId,
      categoryIds: t.categoryIds.map(ref),
      keyQuoteIds: t.keyQuoteIds.map(ref),
    })),
  };
}
