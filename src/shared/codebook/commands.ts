/**
 * Codebook commands: pure functions from a snapshot to a named ChangeSet (see
 * src/shared/project/commands.ts for the conventions). Every set that changes something also
 * creates one `codebookLog` entry, so the appendix's change log and undo stay in step: undoing the
 * change removes its log line.
 *
 * Invariants kept by every command: sibling `order` is 0..n-1, the tree has no cycles, and codings
 * are never orphaned (deleting a code deletes its codings in the same set, merging moves them).
 */
import { created, deleted, updated, type ChangeSet, type EntityChange } from '../model/changes';
import type { Code, CodebookLogEntry, CodebookOrigin, Memo, ProjectSnapshot } from '../model/types';
import { CommandError, type CommandContext } from '../project/commands';
import { newId as defaultNewId, nowIso } from '../util/ids';
import { getPredefinedCodebook, toProjectCodes, DEFAULT_CODE_COLOR } from './registry';
import { referenceCleanup } from '../axial/references';

type Params = Record<string, string | number>;

function context(ctx: CommandContext | undefined): { now: string; newId: () => string } {
  return { now: ctx?.now ?? nowIso(), newId: ctx?.newId ?? (() => defaultNewId()) };
}

function requireCode(snapshot: ProjectSnapshot, codeId: string): Code {
  const code = snapshot.codes.find((c) => c.id === codeId);
  if (!code) throw new CommandError('project.error.notFound', { kind: 'code', id: codeId });
  return code;
}

function logEntry(snapshot: ProjectSnapshot, action: string, params: Params, ctx: CommandContext | undefined): EntityChange {
  const { now, newId } = context(ctx);
  const entry: CodebookLogEntry = {
    id: newId(),
    projectId: snapshot.project.id,
    at: now,
    coder: ctx?.coder ?? snapshot.project.settings.coderName,
    action,
    params,
  };
  return created('codebookLog', entry);
}

function finish(snapshot: ProjectSnapshot, name: string, params: Params, changes: EntityChange[], ctx: CommandContext | undefined, project?: ChangeSet['project']): ChangeSet {
  if (changes.length === 0 && !project) return { name, params, changes: [] };
  const set: ChangeSet = { name, params, changes: [...changes, logEntry(snapshot, name, params, ctx)] };
  if (project) set.project = project;
  return set;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');

function siblingsOf(codes: readonly Code[], parentId: string | null, exceptId?: string): Code[] {
  return codes
    .filter((c) => c.parentId === parentId && c.id !== exceptId)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** True when `candidateId` is `codeId` itself or one of its descendants. */
function isSelfOrDescendant(codes: readonly Code[], codeId: string, candidateId: string | null): boolean {
  const byId = new Map(codes.map((c) => [c.id, c]));
  let cur: string | null = candidateId;
  const seen = new Set<string>();
  while (cur !== null && !seen.has(cur)) {
    if (cur === codeId) return true;
    seen.add(cur);
    cur = byId.get(cur)?.parentId ?? null;
  }
  return false;
}

function checkLabel(codes: readonly Code[], parentId: string | null, label: string, exceptId?: string): string {
  const trimmed = label.trim();
  if (trimmed === '') throw new CommandError('codebook.error.codeLabelEmpty');
  if (siblingsOf(codes, parentId, exceptId).some((c) => norm(c.label) === norm(trimmed))) {
    throw new CommandError('codebook.error.duplicateLabel', { label: trimmed });
  }
  return trimmed;
}

/** Records `order` updates so `list` (in its new sequence) is numbered 0..n-1. */
function renumber(list: Code[], now: string, changed: Map<string, Code>): void {
  list.forEach((c, i) => {
    const current = changed.get(c.id) ?? c;
    if (current.order !== i) changed.set(c.id, { ...current, order: i, updatedAt: now });
  });
}

function codeUpdates(original: Map<string, Code>, changed: Map<string, Code>): EntityChange[] {
  const out: EntityChange[] = [];
  for (const [id, after] of changed) {
    const before = original.get(id)!;
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push(updated('codes', before, after));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export function addCode(
  snapshot: ProjectSnapshot,
  input: { label: string; parentId?: string | null; color?: string; description?: string; level?: string },
  ctx?: CommandContext,
): { set: ChangeSet; code: Code } {
  const { now, newId } = context(ctx);
  const parentId = input.parentId ?? null;
  const parent = parentId === null ? null : requireCode(snapshot, parentId);
  const label = checkLabel(snapshot.codes, parentId, input.label);
  const code: Code = {
    id: newId(),
    projectId: snapshot.project.id,
    parentId,
    label,
    color: input.color ?? parent?.color ?? DEFAULT_CODE_COLOR,
    description: input.description ?? '',
    order: siblingsOf(snapshot.codes, parentId).length,
    createdAt: now,
    updatedAt: now,
  };
  if (input.level !== undefined) code.level = input.level;
  const params: Params = parent ? { label, target: parent.label } : { label };
  return { set: finish(snapshot, 'command.addCode', params, [created('codes', code)], { ...ctx, now, newId }), code };
}

export type CodePatch = Partial<Pick<Code, 'label' | 'color' | 'description' | 'inclusion' | 'exclusion' | 'example' | 'level' | 'valence'>>;

export function updateCode(snapshot: ProjectSnapshot, codeId: string, patch: CodePatch, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const before = requireCode(snapshot, codeId);
  const after: Code = { ...before };
  const changedKeys: string[] = [];
  for (const key of Object.keys(patch) as (keyof CodePatch)[]) {
    let value = patch[key];
    if (key === 'label') value = checkLabel(snapshot.codes, before.parentId, String(value ?? ''), codeId);
    if (value === before[key]) continue;
    if (value === undefined || (value === '' && key !== 'description' && key !== 'label')) {
      if (before[key] === undefined) continue;
      delete (after as unknown as Record<string, unknown>)[key];
    } else {
      (after as unknown as Record<string, unknown>)[key] = value;
    }
    changedKeys.push(key);
  }
  if (changedKeys.length === 0) return { name: 'command.editCode', params: { label: before.label }, changes: [] };
  after.updatedAt = now;
  const only = changedKeys.length === 1 ? changedKeys[0] : null;
  const name = only === 'label' ? 'command.renameCode' : only === 'color' ? 'command.recolorCode' : 'command.editCode';
  const params: Params =
    only === 'label' ? { label: before.label, target: after.label } : only === 'color' ? { label: before.label, target: after.color } : { label: after.label };
  return finish(snapshot, name, params, [updated('codes', before, after)], { ...ctx, now });
}

export function moveCode(snapshot: ProjectSnapshot, codeId: string, newParentId: string | null, index: number, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const code = requireCode(snapshot, codeId);
  const parent = newParentId === null ? null : requireCode(snapshot, newParentId);
  if (isSelfOrDescendant(snapshot.codes, codeId, newParentId)) throw new CommandError('codebook.error.moveIntoDescendant');
  if (newParentId !== code.parentId) checkLabel(snapshot.codes, newParentId, code.label, codeId);
  const original = new Map(snapshot.codes.map((c) => [c.id, c]));
  const changed = new Map<string, Code>();
  const moved: Code = newParentId === code.parentId ? code : { ...code, parentId: newParentId, updatedAt: now };
  if (moved !== code) changed.set(codeId, moved);
  if (newParentId !== code.parentId) renumber(siblingsOf(snapshot.codes, code.parentId, codeId), now, changed);
  const target = siblingsOf(snapshot.codes, newParentId, codeId);
  target.splice(Math.max(0, Math.min(index, target.length)), 0, moved);
  renumber(target, now, changed);
  const params: Params = { label: code.label, target: parent?.label ?? '—' };
  return finish(snapshot, 'command.moveCode', params, codeUpdates(original, changed), { ...ctx, now });
}

export function mergeCodes(snapshot: ProjectSnapshot, sourceId: string, targetId: string, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const source = requireCode(snapshot, sourceId);
  const target = requireCode(snapshot, targetId);
  if (isSelfOrDescendant(snapshot.codes, sourceId, targetId)) throw new CommandError('codebook.error.moveIntoDescendant');
  const changes: EntityChange[] = [];
  const key = (c: { documentId: string; start: number; end: number }) => `${c.documentId}\u0000${c.start}\u0000${c.end}`;
  const existing = new Set(snapshot.codings.filter((c) => c.codeId === targetId).map(key));
  const replacedCodings = new Map<string, string>();
  for (const coding of snapshot.codings) {
    if (coding.codeId !== sourceId) continue;
    if (existing.has(key(coding))) {
      changes.push(deleted('codings', coding));
      // Memos on a coding that disappears would dangle: move them to the surviving target coding.
      const survivor = snapshot.codings.find((c) => c.codeId === targetId && key(c) === key(coding))!;
      replacedCodings.set(coding.id, survivor.id);
      for (const m of snapshot.memos) {
        if (m.target.kind === 'coding' && m.target.id === coding.id) {
          changes.push(updated('memos', m, { ...m, target: { kind: 'coding', id: survivor.id }, updatedAt: now }));
        }
      }
    } else {
      existing.add(key(coding));
      changes.push(updated('codings', coding, { ...coding, codeId: targetId, updatedAt: now }));
    }
  }
  const original = new Map(snapshot.codes.map((c) => [c.id, c]));
  const changed = new Map<string, Code>();
  const targetChildren = siblingsOf(snapshot.codes, targetId);
  for (const child of siblingsOf(snapshot.codes, sourceId)) {
    const moved = { ...child, parentId: targetId, updatedAt: now };
    changed.set(child.id, moved);
    targetChildren.push(moved);
  }
  renumber(targetChildren, now, changed);
  renumber(siblingsOf(snapshot.codes, source.parentId, sourceId), now, changed);
  changes.push(...codeUpdates(original, changed));
  for (const m of snapshot.memos) {
    if (m.target.kind === 'code' && m.target.id === sourceId) {
      changes.push(updated('memos', m, { ...m, target: { kind: 'code', id: targetId }, updatedAt: now } as Memo));
    }
  }
  // A code paired with the source loses its pair (the pair link would dangle otherwise).
  for (const c of snapshot.codes) {
    if (c.pairId === sourceId && c.id !== sourceId) {
      const before = changed.get(c.id) ?? c;
      const { pairId: _p, ...rest } = before;
      const after = { ...rest, updatedAt: now } as Code;
      const idx = changes.findIndex((x) => x.table === 'codes' && x.id === c.id);
      if (idx >= 0) changes[idx] = updated('codes', c, after);
      else changes.push(updated('codes', c, after));
    }
  }
  // Relations and themes follow the source to the target (self-links and duplicates are dropped).
  changes.push(
    ...referenceCleanup(
      snapshot,
      { mergedCodes: new Map([[sourceId, targetId]]), deletedCodings: new Set(replacedCodings.keys()), replacedCodings },
      now,
    ),
  );
  changes.push(deleted('codes', source));
  return finish(snapshot, 'command.mergeCodes', { label: source.label, target: target.label }, changes, { ...ctx, now });
}

/** What deleting a code affects, so the UI can warn first. `codings`/`documents` count the code's own codings. */
export function codingImpact(snapshot: ProjectSnapshot, codeId: string): { codings: number; documents: number; children: number } {
  const own = snapshot.codings.filter((c) => c.codeId === codeId);
  return {
    codings: own.length,
    documents: new Set(own.map((c) => c.documentId)).size,
    children: snapshot.codes.filter((c) => c.parentId === codeId).length,
  };
}

export function deleteCode(snapshot: ProjectSnapshot, codeId: string, ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const code = requireCode(snapshot, codeId);
  const changes: EntityChange[] = [];
  const codingIds = new Set<string>();
  for (const coding of snapshot.codings) {
    if (coding.codeId === codeId) {
      changes.push(deleted('codings', coding));
      codingIds.add(coding.id);
    }
  }
  // Memos on the code or its codings would dangle; they go with it (undo restores them).
  for (const m of snapshot.memos) {
    if ((m.target.kind === 'code' && m.target.id === codeId) || (m.target.kind === 'coding' && codingIds.has(m.target.id))) {
      changes.push(deleted('memos', m));
    }
  }
  const original = new Map(snapshot.codes.map((c) => [c.id, c]));
  const changed = new Map<string, Code>();
  // Children take the deleted code's place among its siblings, keeping their order.
  const siblings = siblingsOf(snapshot.codes, code.parentId);
  const at = siblings.findIndex((c) => c.id === codeId);
  const children = siblingsOf(snapshot.codes, codeId).map((c) => ({ ...c, parentId: code.parentId, updatedAt: now }));
  for (const child of children) changed.set(child.id, child);
  siblings.splice(at, 1, ...children);
  renumber(siblings, now, changed);
  for (const c of snapshot.codes) {
    if (c.pairId === codeId) {
      const { pairId: _p, ...rest } = changed.get(c.id) ?? c;
      changed.set(c.id, { ...rest, updatedAt: now } as Code);
    }
  }
  changes.push(...codeUpdates(original, changed));
  // Relations touching the code go; themes drop it as a category and its codings as key quotes.
  changes.push(...referenceCleanup(snapshot, { deletedCodes: new Set([codeId]), deletedCodings: codingIds }, now));
  changes.push(deleted('codes', code));
  return finish(snapshot, 'command.deleteCode', { label: code.label }, changes, { ...ctx, now });
}

// ---------------------------------------------------------------------------------------------
// Applying a whole codebook

/**
 * Adds `source.codes` to the project with fresh ids (parent and pair links remapped; codes whose
 * parent is not in the list become top-level codes, appended after the existing ones) and records
 * where they came from in `project.codebookOrigin`.
 */
export function applyCodebook(snapshot: ProjectSnapshot, source: { codes: Code[] }, origin: CodebookOrigin, ctx?: CommandContext): ChangeSet {
  const { now, newId } = context(ctx);
  const idMap = new Map<string, string>();
  for (const c of source.codes) idMap.set(c.id, newId());
  const topOffset = siblingsOf(snapshot.codes, null).length;
  const roots = source.codes.filter((c) => c.parentId === null || !idMap.has(c.parentId));
  const rootOrder = new Map(
    roots.sort((a, b) => a.order - b.order).map((c, i) => [c.id, topOffset + i] as const),
  );
  const codes: Code[] = source.codes.map((c) => {
    const parentId = c.parentId !== null && idMap.has(c.parentId) ? idMap.get(c.parentId)! : null;
    const out: Code = { ...c, id: idMap.get(c.id)!, projectId: snapshot.project.id, parentId, createdAt: now, updatedAt: now };
    if (parentId === null) out.order = rootOrder.get(c.id)!;
    if (c.pairId !== undefined) {
      if (idMap.has(c.pairId)) out.pairId = idMap.get(c.pairId)!;
      else delete out.pairId;
    }
    return out;
  });
  const before = snapshot.project;
  const after = { ...before, codebookOrigin: origin, updatedAt: now };
  const params: Params = { count: codes.length, target: originLabel(origin) };
  return finish(snapshot, 'command.applyCodebook', params, codes.map((c) => created('codes', c)), { ...ctx, now, newId }, { before, after });
}

function originLabel(origin: CodebookOrigin): string {
  switch (origin.kind) {
    case 'predefined':
      return origin.title;
    case 'qdc':
      return origin.fileName;
    case 'project':
      return origin.projectName;
    default:
      return '—';
  }
}

/** The codes of a shipped codebook as project codes (ids are fresh; applyCodebook remaps again). */
export function predefinedCodebookCodes(codebookId: string, ctx?: CommandContext & { projectId?: string }): { codes: Code[]; origin: CodebookOrigin } {
  const codebook = getPredefinedCodebook(codebookId);
  if (!codebook) throw new CommandError('project.error.notFound', { kind: 'codebook', id: codebookId });
  const { now, newId } = context(ctx);
  const codes = toProjectCodes(codebook, { projectId: ctx?.projectId ?? '', now, newId });
  return {
    codes,
    origin: { kind: 'predefined', codebookId: codebook.id, title: codebook.title, version: codebook.version, citation: codebook.source.document },
  };
}

/** Another project's codes (to copy its codebook into this one). */
export function projectCodebookCodes(other: ProjectSnapshot, ctx?: CommandContext & { fileName?: string }): { codes: Code[]; origin: CodebookOrigin } {
  const codes = other.codes.map((c) => ({ ...c }));
  const origin: CodebookOrigin = { kind: 'project', projectName: other.project.name };
  if (ctx?.fileName) origin.fileName = ctx.fileName;
  return { codes, origin };
}

// ---------------------------------------------------------------------------------------------
// Queries

/** Own codings per code id (codes without codings are absent). */
export function codingCounts(snapshot: ProjectSnapshot): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of snapshot.codings) out.set(c.codeId, (out.get(c.codeId) ?? 0) + 1);
  return out;
}

/** Lower-case, without diacritics, for searching ("Coördinatie" matches "coord"). */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/**
 * Ids of the codes whose label or description contains `query` (diacritic- and case-insensitive),
 * plus their ancestors so a tree can show where they are. An empty query matches every code.
 */
export function codeSearch(codes: readonly Code[], query: string): Set<string> {
  const q = foldForSearch(query.trim());
  if (q === '') return new Set(codes.map((c) => c.id));
  const byId = new Map(codes.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (const c of codes) {
    if (!foldForSearch(c.label).includes(q) && !foldForSearch(c.description).includes(q)) continue;
    let cur: Code | undefined = c;
    while (cur && !out.has(cur.id)) {
      out.add(cur.id);
      cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
    }
  }
  return out;
}
