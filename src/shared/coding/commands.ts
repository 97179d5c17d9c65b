/**
 * Open-coding commands: pure functions from a snapshot (plus input) to a named ChangeSet, in the
 * style of src/shared/project/commands.ts. Nothing is mutated; apply the set (repository.apply /
 * applyToSnapshot) and undo it with its inverse.
 *
 * Coding commands do not write a `codebookLog` entry — except `createCodeInVivo`, which creates a
 * code and logs it like the codebook's "add code" (action `command.addCode`).
 *
 * Ranges are UTF-16 offsets into `Document.text`, end exclusive. Every command that takes a range
 * checks it (integers, inside the text, not splitting a surrogate pair) and trims whitespace at its
 * edges; problems are reported as `CommandError` with a `coding.error.*` key.
 */
import { created, deleted, updated, type ChangeSet, type EntityChange } from '../model/changes';
import type { Code, CodebookLogEntry, Coding, Document, Memo, MemoPrompts, MemoTarget, Phase, ProjectSnapshot, Valence } from '../model/types';
import { CommandError, type CommandContext } from '../project/commands';
import { DEFAULT_CODE_COLOR } from '../codebook/tree';
import { isSurrogateSplit } from '../text/offsets';
import { newId as defaultNewId, nowIso } from '../util/ids';
import { referenceCleanup } from '../axial/references';

export interface CodingContext extends CommandContext {
  /** Phase recorded on new codings (default 'open'). */
  phase?: Phase;
  /** Valence recorded on new codings (default: none). */
  valence?: Valence;
}

export interface RangeInput {
  documentId: string;
  start: number;
  end: number;
}

function context(snapshot: ProjectSnapshot, ctx: CodingContext | undefined) {
  return {
    now: ctx?.now ?? nowIso(),
    newId: ctx?.newId ?? (() => defaultNewId()),
    coder: ctx?.coder ?? snapshot.project.settings.coderName,
    phase: ctx?.phase ?? ('open' as Phase),
  };
}

function notFound(kind: string, id: string): CommandError {
  return new CommandError('project.error.notFound', { kind, id });
}

function requireDocument(snapshot: ProjectSnapshot, id: string): Document {
  const doc = snapshot.documents.find((d) => d.id === id);
  if (!doc) throw notFound('document', id);
  return doc;
}

function requireCode(snapshot: ProjectSnapshot, id: string): Code {
  const code = snapshot.codes.find((c) => c.id === id);
  if (!code) throw notFound('code', id);
  return code;
}

function requireCoding(snapshot: ProjectSnapshot, id: string): Coding {
  const coding = snapshot.codings.find((c) => c.id === id);
  if (!coding) throw notFound('coding', id);
  return coding;
}

function requireMemo(snapshot: ProjectSnapshot, id: string): Memo {
  const memo = snapshot.memos.find((m) => m.id === id);
  if (!memo) throw notFound('memo', id);
  return memo;
}

const isWhite = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x200b || (code > 0x7f && /\s/.test(String.fromCharCode(code)));

/**
 * Checks a range against a text and trims whitespace at both edges. Throws `coding.error.*`:
 * `outOfRange` (not integers, negative, past the end, start >= end), `splitsCharacter` (inside a
 * surrogate pair), `emptyRange` (only whitespace).
 */
export function checkRange(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new CommandError('coding.error.outOfRange', { start: String(start), end: String(end), length: text.length });
  }
  if (isSurrogateSplit(text, start)) throw new CommandError('coding.error.splitsCharacter', { offset: start });
  if (isSurrogateSplit(text, end)) throw new CommandError('coding.error.splitsCharacter', { offset: end });
  let s = start;
  let e = end;
  while (s < e && isWhite(text.charCodeAt(s))) s++;
  while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
  if (s === e) throw new CommandError('coding.error.emptyRange');
  return { start: s, end: e };
}

function sameRange(c: Coding, documentId: string, codeId: string, start: number, end: number): boolean {
  return c.documentId === documentId && c.codeId === codeId && c.start === start && c.end === end;
}

function newCoding(snapshot: ProjectSnapshot, documentId: string, codeId: string, range: { start: number; end: number }, c: ReturnType<typeof context>, valence?: Valence): Coding {
  const coding: Coding = {
    id: c.newId(),
    projectId: snapshot.project.id,
    documentId,
    codeId,
    start: range.start,
    end: range.end,
    coder: c.coder,
    phase: c.phase,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (valence !== undefined) coding.valence = valence;
  return coding;
}

// ---------------------------------------------------------------------------------------------
// Codings

/**
 * Codes a range of a document. Overlapping and nested codings (of any code) are fine; coding the
 * exact same range with the same code again is refused with `coding.error.duplicate`.
 */
export function applyCode(snapshot: ProjectSnapshot, input: RangeInput & { codeId: string }, ctx?: CodingContext): { set: ChangeSet; coding: Coding } {
  const doc = requireDocument(snapshot, input.documentId);
  const code = requireCode(snapshot, input.codeId);
  const range = checkRange(doc.text, input.start, input.end);
  const c = context(snapshot, ctx);
  // Duplicates are per coder: a second (blind) coder may code the very same range with the same code.
  if (snapshot.codings.some((x) => x.coder === c.coder && sameRange(x, doc.id, code.id, range.start, range.end))) {
    throw new CommandError('coding.error.duplicate', { code: code.label });
  }
  const coding = newCoding(snapshot, doc.id, code.id, range, c, ctx?.valence);
  return {
    coding,
    set: { name: 'command.applyCode', params: { code: code.label, document: doc.name }, changes: [created('codings', coding)] },
  };
}

/** Codes one whole speaker turn (trimmed). */
export function applyCodeToTurn(snapshot: ProjectSnapshot, documentId: string, turnIndex: number, codeId: string, ctx?: CodingContext): { set: ChangeSet; coding: Coding } {
  const doc = requireDocument(snapshot, documentId);
  const turn = doc.turns[turnIndex];
  if (!Number.isInteger(turnIndex) || !turn) throw new CommandError('coding.error.noTurn', { turn: String(turnIndex) });
  const { set, coding } = applyCode(snapshot, { documentId, codeId, start: turn.start, end: turn.end }, ctx);
  return { coding, set: { ...set, name: 'command.applyCodeToTurn', params: { code: String(set.params?.code), speaker: turn.speaker } } };
}

/**
 * Auto-coding: codes every hit (e.g. search results) in one undoable set. Hits that would
 * duplicate an existing coding (or an earlier hit), or that are invalid or only whitespace, are
 * skipped and counted in `skipped`.
 */
export function applyCodeToHits(
  snapshot: ProjectSnapshot,
  hits: readonly RangeInput[],
  codeId: string,
  ctx?: CodingContext,
): { set: ChangeSet; codings: Coding[]; count: number; skipped: number } {
  const code = requireCode(snapshot, codeId);
  const c = context(snapshot, ctx);
  const docs = new Map(snapshot.documents.map((d) => [d.id, d]));
  const key = (documentId: string, start: number, end: number) => `${documentId}\u0000${start}\u0000${end}`;
  const taken = new Set(snapshot.codings.filter((x) => x.codeId === codeId).map((x) => key(x.documentId, x.start, x.end)));
  const codings: Coding[] = [];
  let skipped = 0;
  for (const hit of hits) {
    const doc = docs.get(hit.documentId);
    if (!doc) throw notFound('document', hit.documentId);
    let range: { start: number; end: number };
    try {
      range = checkRange(doc.text, hit.start, hit.end);
    } catch (e) {
      if (e instanceof CommandError) {
        skipped++;
        continue;
      }
      throw e;
    }
    const k = key(doc.id, range.start, range.end);
    if (taken.has(k)) {
      skipped++;
      continue;
    }
    taken.add(k);
    codings.push(newCoding(snapshot, doc.id, codeId, range, c, ctx?.valence));
  }
  return {
    codings,
    count: codings.length,
    skipped,
    set: { name: 'command.applyCodeToHits', params: { code: code.label, count: codings.length }, changes: codings.map((x) => created('codings', x)) },
  };
}

/** Widens or narrows a coding. Unchanged (after trimming) gives an empty set. */
export function resizeCoding(snapshot: ProjectSnapshot, codingId: string, range: { start: number; end: number }, ctx?: CodingContext): ChangeSet {
  const before = requireCoding(snapshot, codingId);
  const doc = requireDocument(snapshot, before.documentId);
  const code = requireCode(snapshot, before.codeId);
  const r = checkRange(doc.text, range.start, range.end);
  const name = 'command.resizeCoding';
  const params = { code: code.label };
  if (r.start === before.start && r.end === before.end) return { name, params, changes: [] };
  if (snapshot.codings.some((c) => c.id !== before.id && sameRange(c, doc.id, code.id, r.start, r.end))) {
    throw new CommandError('coding.error.duplicate', { code: code.label });
  }
  const after: Coding = { ...before, start: r.start, end: r.end, updatedAt: context(snapshot, ctx).now };
  return { name, params, changes: [updated('codings', before, after)] };
}

/** Removes a coding together with the memos written about it (and drops it as a theme's key quote). */
export function removeCoding(snapshot: ProjectSnapshot, codingId: string, ctx?: CodingContext): ChangeSet {
  const coding = requireCoding(snapshot, codingId);
  const label = snapshot.codes.find((c) => c.id === coding.codeId)?.label ?? coding.codeId;
  const memos = snapshot.memos.filter((m) => m.target.kind === 'coding' && m.target.id === codingId);
  return {
    name: 'command.removeCoding',
    params: { code: label },
    changes: [
      ...memos.map((m) => deleted('memos', m)),
      ...referenceCleanup(snapshot, { deletedCodings: new Set([codingId]) }, context(snapshot, ctx).now),
      deleted('codings', coding),
    ],
  };
}

/** Gives a coding another code (same range, memos stay attached). Same code gives an empty set. */
export function recodeCoding(snapshot: ProjectSnapshot, codingId: string, newCodeId: string, ctx?: CodingContext): ChangeSet {
  const before = requireCoding(snapshot, codingId);
  const from = snapshot.codes.find((c) => c.id === before.codeId)?.label ?? before.codeId;
  const to = requireCode(snapshot, newCodeId);
  const name = 'command.recodeCoding';
  const params = { code: from, target: to.label };
  if (to.id === before.codeId) return { name, params, changes: [] };
  if (snapshot.codings.some((c) => c.id !== before.id && sameRange(c, before.documentId, to.id, before.start, before.end))) {
    throw new CommandError('coding.error.duplicate', { code: to.label });
  }
  const after: Coding = { ...before, codeId: to.id, updatedAt: context(snapshot, ctx).now };
  return { name, params, changes: [updated('codings', before, after)] };
}

// ---------------------------------------------------------------------------------------------
// In vivo

/** Maximum length of an in-vivo label in code points, ellipsis included. */
export const IN_VIVO_MAX = 60;
const ELLIPSIS = '…';
/** Punctuation dropped at the label's edges (not apostrophes: `'s middags` keeps its own). */
const EDGE_PUNCT = /^[\s"“”„«»‹›()[\]{},;:.!?¿¡…–—-]+|[\s"“”„«»‹›()[\]{},;:.!?¿¡…–—-]+$/gu;

/**
 * The label of an in-vivo code for a selected text:
 * 1. whitespace runs (including line breaks) collapse to one space; the text is trimmed;
 * 2. quotation marks, brackets and punctuation (. , ; : ! ? … dashes) at both edges are dropped,
 *    apostrophes are kept (`'s middags`, `zo'n`), inner punctuation is kept;
 * 3. when longer than 60 code points (IN_VIVO_MAX), it is cut at the last space at or before code
 *    point 59 so that the label plus "…" (U+2026) fits in 60; punctuation before the cut is
 *    dropped, then "…" is appended. A single word longer than that is cut after 59 code points
 *    (moving back so no combining mark is separated from its letter).
 */
export function inVivoLabel(selected: string): string {
  const s = selected.replace(/\s+/gu, ' ').trim().replace(EDGE_PUNCT, '');
  const cps = Array.from(s);
  if (cps.length <= IN_VIVO_MAX) return s;
  const room = IN_VIVO_MAX - 1;
  let cut = room;
  const lastSpace = cps.slice(0, room + 1).lastIndexOf(' ');
  if (lastSpace > 0) cut = lastSpace;
  else while (cut > 1 && /^\p{M}/u.test(cps[cut])) cut--;
  const head = cps.slice(0, cut).join('').replace(/[\s,;:.!?–—-]+$/u, '');
  return head + ELLIPSIS;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');

/**
 * Makes the selected words a new code (see `inVivoLabel`) and codes the selection with it, in one
 * set, together with the codebook log line ("add code"). The code goes under `parentId` (default
 * top level), last among its siblings, with the parent's colour or the default colour. A sibling
 * with the same label (case-insensitive) gives `coding.error.inVivoExists`.
 */
export function createCodeInVivo(
  snapshot: ProjectSnapshot,
  input: RangeInput & { parentId?: string | null },
  ctx?: CodingContext,
): { set: ChangeSet; code: Code; coding: Coding } {
  const doc = requireDocument(snapshot, input.documentId);
  const range = checkRange(doc.text, input.start, input.end);
  const parentId = input.parentId ?? null;
  const parent = parentId === null ? null : requireCode(snapshot, parentId);
  const label = inVivoLabel(doc.text.slice(range.start, range.end));
  if (label === '') throw new CommandError('coding.error.emptyLabel');
  const siblings = snapshot.codes.filter((c) => c.parentId === parentId);
  if (siblings.some((c) => norm(c.label) === norm(label))) throw new CommandError('coding.error.inVivoExists', { label });
  const c = context(snapshot, ctx);
  const code: Code = {
    id: c.newId(),
    projectId: snapshot.project.id,
    parentId,
    label,
    color: parent?.color ?? DEFAULT_CODE_COLOR,
    description: '',
    order: siblings.reduce((max, s) => Math.max(max, s.order), -1) + 1,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const coding = newCoding(snapshot, doc.id, code.id, range, c, ctx?.valence);
  const log: CodebookLogEntry = {
    id: c.newId(),
    projectId: snapshot.project.id,
    at: c.now,
    coder: c.coder,
    action: 'command.addCode',
    params: parent ? { label, target: parent.label } : { label },
  };
  return {
    code,
    coding,
    set: {
      name: 'command.createCodeInVivo',
      params: { label },
      changes: [created('codes', code), created('codings', coding), created('codebookLog', log)],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Memos

function checkTarget(snapshot: ProjectSnapshot, target: MemoTarget): MemoTarget {
  switch (target.kind) {
    case 'project':
      return { kind: 'project' };
    case 'document':
      requireDocument(snapshot, target.id);
      return { kind: 'document', id: target.id };
    case 'code':
      requireCode(snapshot, target.id);
      return { kind: 'code', id: target.id };
    case 'coding':
      requireCoding(snapshot, target.id);
      return { kind: 'coding', id: target.id };
  }
}

/** Prompts without empty answers; undefined when none is left. */
function cleanPrompts(prompts: MemoPrompts | undefined): MemoPrompts | undefined {
  if (!prompts) return undefined;
  const out: MemoPrompts = {};
  for (const [k, v] of Object.entries(prompts) as [keyof MemoPrompts, string | undefined][]) {
    if (v !== undefined && v.trim() !== '') out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export interface MemoInput {
  target: MemoTarget;
  title: string;
  text: string;
  prompts?: MemoPrompts;
}

export function addMemo(snapshot: ProjectSnapshot, input: MemoInput, ctx?: CodingContext): { set: ChangeSet; memo: Memo } {
  const target = checkTarget(snapshot, input.target);
  const c = context(snapshot, ctx);
  const memo: Memo = {
    id: c.newId(),
    projectId: snapshot.project.id,
    target,
    title: input.title.trim(),
    text: input.text,
    author: c.coder,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const prompts = cleanPrompts(input.prompts);
  if (prompts) memo.prompts = prompts;
  return { memo, set: { name: 'command.addMemo', params: { title: memo.title }, changes: [created('memos', memo)] } };
}

/** Edits title, text and/or prompts (prompts replace the old ones). Unchanged gives an empty set. */
export function updateMemo(
  snapshot: ProjectSnapshot,
  memoId: string,
  patch: Partial<Pick<MemoInput, 'title' | 'text' | 'prompts'>>,
  ctx?: CodingContext,
): ChangeSet {
  const before = requireMemo(snapshot, memoId);
  const after: Memo = { ...before };
  if (patch.title !== undefined) after.title = patch.title.trim();
  if (patch.text !== undefined) after.text = patch.text;
  if (patch.prompts !== undefined) {
    const prompts = cleanPrompts(patch.prompts);
    if (prompts) after.prompts = prompts;
    else delete after.prompts;
  }
  const name = 'command.updateMemo';
  const params = { title: after.title };
  if (JSON.stringify(after) === JSON.stringify(before)) return { name, params, changes: [] };
  after.updatedAt = context(snapshot, ctx).now;
  return { name, params, changes: [updated('memos', before, after)] };
}

export function deleteMemo(snapshot: ProjectSnapshot, memoId: string, _ctx?: CodingContext): ChangeSet {
  const memo = requireMemo(snapshot, memoId);
  return { name: 'command.deleteMemo', params: { title: memo.title }, changes: [deleted('memos', memo)] };
}

// ---------------------------------------------------------------------------------------------
// Documents

/** Marks a document as done with (open) coding, or not done again. No change gives an empty set. */
export function markDocumentDone(snapshot: ProjectSnapshot, documentId: string, done: boolean, ctx?: CodingContext): ChangeSet {
  const doc = requireDocument(snapshot, documentId);
  const name = done ? 'command.markDocumentDone' : 'command.markDocumentNotDone';
  const params = { document: doc.name };
  if (done === (doc.codingDone !== undefined)) return { name, params, changes: [] };
  const after: Document = { ...doc };
  if (done) {
    const c = context(snapshot, ctx);
    after.codingDone = { doneAt: c.now, by: c.coder };
  } else {
    delete after.codingDone;
  }
  const changes: EntityChange[] = [updated('documents', doc, after)];
  return { name, params, changes };
}
