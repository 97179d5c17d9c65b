/**
 * Axial-coding commands (Baarda's specification phase): typed relations between codes/categories,
 * splitting a code whose fragments turn out to mean two things, and marking a phase done. Pure
 * functions from a snapshot to a named ChangeSet, in the style of src/shared/codebook/commands.ts;
 * refusals are `CommandError`s with `analysis.error.*` keys.
 */
import { created, deleted, updated, type ChangeSet, type EntityChange } from '../model/changes';
import { RELATION_TYPES, type Code, type CodebookLogEntry, type CodeRelation, type Phase, type Project, type ProjectSnapshot, type RelationType } from '../model/types';
import { CommandError, type CommandContext } from '../project/commands';
import { newId as defaultNewId, nowIso } from '../util/ids';

function context(snapshot: ProjectSnapshot, ctx: CommandContext | undefined) {
  return {
    now: ctx?.now ?? nowIso(),
    newId: ctx?.newId ?? (() => defaultNewId()),
    coder: ctx?.coder ?? snapshot.project.settings.coderName,
  };
}

function requireCode(snapshot: ProjectSnapshot, id: string): Code {
  const code = snapshot.codes.find((c) => c.id === id);
  if (!code) throw new CommandError('project.error.notFound', { kind: 'code', id });
  return code;
}

function requireRelation(snapshot: ProjectSnapshot, id: string): CodeRelation {
  const r = snapshot.relations.find((x) => x.id === id);
  if (!r) throw new CommandError('project.error.notFound', { kind: 'relation', id });
  return r;
}

function checkType(type: string): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new CommandError('analysis.error.relationType', { type });
  return type as RelationType;
}

function checkDuplicate(snapshot: ProjectSnapshot, r: Pick<CodeRelation, 'fromCodeId' | 'toCodeId' | 'type'>, exceptId?: string): void {
  if (r.fromCodeId === r.toCodeId) throw new CommandError('analysis.error.selfRelation');
  if (snapshot.relations.some((x) => x.id !== exceptId && x.fromCodeId === r.fromCodeId && x.toCodeId === r.toCodeId && x.type === r.type)) {
    throw new CommandError('analysis.error.duplicateRelation', { type: r.type });
  }
}

// ---------------------------------------------------------------------------------------------
// Relations

export function addRelation(
  snapshot: ProjectSnapshot,
  input: { fromCodeId: string; toCodeId: string; type: RelationType; note?: string },
  ctx?: CommandContext,
): { set: ChangeSet; relation: CodeRelation } {
  const { now, newId } = context(snapshot, ctx);
  const from = requireCode(snapshot, input.fromCodeId);
  const to = requireCode(snapshot, input.toCodeId);
  const type = checkType(input.type);
  checkDuplicate(snapshot, { fromCodeId: from.id, toCodeId: to.id, type });
  const relation: CodeRelation = {
    id: newId(),
    projectId: snapshot.project.id,
    fromCodeId: from.id,
    toCodeId: to.id,
    type,
    note: input.note ?? '',
    createdAt: now,
    updatedAt: now,
  };
  return {
    set: { name: 'command.addRelation', params: { from: from.label, to: to.label }, changes: [created('relations', relation)] },
    relation,
  };
}

export function updateRelation(
  snapshot: ProjectSnapshot,
  relationId: string,
  patch: Partial<Pick<CodeRelation, 'type' | 'note'>>,
  ctx?: CommandContext,
): ChangeSet {
  const before = requireRelation(snapshot, relationId);
  const after: CodeRelation = { ...before };
  if (patch.type !== undefined) after.type = checkType(patch.type);
  if (patch.note !== undefined) after.note = patch.note;
  const params = { from: labelOf(snapshot, before.fromCodeId), to: labelOf(snapshot, before.toCodeId) };
  if (after.type === before.type && after.note === before.note) return { name: 'command.updateRelation', params, changes: [] };
  if (after.type !== before.type) checkDuplicate(snapshot, after, relationId);
  after.updatedAt = context(snapshot, ctx).now;
  return { name: 'command.updateRelation', params, changes: [updated('relations', before, after)] };
}

export function deleteRelation(snapshot: ProjectSnapshot, relationId: string, _ctx?: CommandContext): ChangeSet {
  const r = requireRelation(snapshot, relationId);
  return {
    name: 'command.deleteRelation',
    params: { from: labelOf(snapshot, r.fromCodeId), to: labelOf(snapshot, r.toCodeId) },
    changes: [deleted('relations', r)],
  };
}

function labelOf(snapshot: ProjectSnapshot, codeId: string): string {
  return snapshot.codes.find((c) => c.id === codeId)?.label ?? codeId;
}

// ---------------------------------------------------------------------------------------------
// Split

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');

/**
 * Splits a code: a new sibling right after it (same parent, level and colour) receives the chosen
 * codings. Themes that use the original code as a category get the new code too, so their
 * fragments stay in the theme. One set, with a codebook log entry (action `command.splitCode`).
 */
export function splitCode(
  snapshot: ProjectSnapshot,
  codeId: string,
  codingIds: string[],
  newLabel: string,
  ctx?: CommandContext,
): { set: ChangeSet; code: Code } {
  const { now, newId, coder } = context(snapshot, ctx);
  const original = requireCode(snapshot, codeId);
  const label = newLabel.trim();
  if (label === '') throw new CommandError('codebook.error.codeLabelEmpty');
  const siblings = snapshot.codes
    .filter((c) => c.parentId === original.parentId)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  if (siblings.some((c) => norm(c.label) === norm(label))) throw new CommandError('codebook.error.duplicateLabel', { label });
  const byId = new Map(snapshot.codings.map((c) => [c.id, c]));
  const moving = [...new Set(codingIds)].map((id) => {
    const c = byId.get(id);
    if (!c) throw new CommandError('project.error.notFound', { kind: 'coding', id });
    if (c.codeId !== codeId) throw new CommandError('analysis.error.codingOfOtherCode', { code: original.label });
    return c;
  });
  const code: Code = {
    id: newId(),
    projectId: snapshot.project.id,
    parentId: original.parentId,
    label,
    color: original.color,
    description: '',
    order: 0,
    createdAt: now,
    updatedAt: now,
  };
  if (original.level !== undefined) code.level = original.level;
  const changes: EntityChange[] = [];
  const at = siblings.findIndex((c) => c.id === codeId);
  siblings.splice(at + 1, 0, code);
  siblings.forEach((c, i) => {
    if (c === code) code.order = i;
    else if (c.order !== i) changes.push(updated('codes', c, { ...c, order: i, updatedAt: now }));
  });
  changes.unshift(created('codes', code));
  for (const c of moving) changes.push(updated('codings', c, { ...c, codeId: code.id, updatedAt: now }));
  for (const t of snapshot.themes) {
    if (t.categoryIds.includes(codeId) && !t.categoryIds.includes(code.id)) {
      const categoryIds = t.categoryIds.slice();
      categoryIds.splice(categoryIds.indexOf(codeId) + 1, 0, code.id);
      changes.push(updated('themes', t, { ...t, categoryIds, updatedAt: now }));
    }
  }
  const params = { label: original.label, target: label, count: moving.length };
  const entry: CodebookLogEntry = { id: newId(), projectId: snapshot.project.id, at: now, coder, action: 'command.splitCode', params };
  changes.push(created('codebookLog', entry));
  return { set: { name: 'command.splitCode', params, changes }, code };
}

// ---------------------------------------------------------------------------------------------
// Phases

/** Marks one of Baarda's phases done (with time and coder) or not done. No change: empty set. */
export function markPhaseDone(snapshot: ProjectSnapshot, phase: Phase, done: boolean, ctx?: CommandContext): ChangeSet {
  // One message per phase: a parameter would show the untranslated phase id ("axial").
  const name = `${done ? 'command.markPhaseDone' : 'command.markPhaseNotDone'}.${phase}`;
  const params = {};
  const before = snapshot.project;
  const isDone = before.phases?.[phase] !== undefined;
  if (done === isDone) return { name, params, changes: [] };
  const { now, coder } = context(snapshot, ctx);
  const phases = { ...before.phases };
  if (done) phases[phase] = { doneAt: now, by: coder };
  else delete phases[phase];
  const after: Project = { ...before, updatedAt: now };
  if (Object.keys(phases).length > 0) after.phases = phases;
  else delete after.phases;
  return { name, params, changes: [], project: { before, after } };
}
