/**
 * The `.werkbank` project file (specification: docs/werkbank-file-format.md).
 *
 * Written as plain, pretty-printed UTF-8 JSON: transparent, diff-able and recoverable with any
 * text editor. Readers also accept the same JSON gzip-compressed (detected by the gzip magic bytes
 * 1f 8b), so a future writer may compress without a format change.
 *
 * Reading never trusts the file: `parseProjectFile` checks the envelope, migrates older format
 * versions, then validates every field, id and reference and builds a fresh snapshot from the
 * validated values only. Any problem yields one ImportMessage naming the file, the JSON path and
 * the problem (keys `project.file.error.*`).
 */
import { gunzipSync } from 'fflate';
import type { ImportMessage } from '../import/types';
import type {
  Code,
  MemoPrompt,
  MemoPrompts,
  CodebookLogEntry,
  CodebookOrigin,
  CodeRelation,
  Coding,
  Document,
  MediaLink,
  Memo,
  MemoTarget,
  Phase,
  PhaseMark,
  Project,
  ProjectSnapshot,
  PseudonymRule,
  Respondent,
  SpeakerAssignment,
  SpeakerRole,
  SpeakerTurn,
  Theme,
  ReviewMark,
  TranscriptFormat,
} from '../model/types';
import { RELATION_TYPES } from '../model/types';
import { nowIso } from '../util/ids';

export const PROJECT_FILE_FORMAT = 'werkbank-project';
export const PROJECT_FILE_EXTENSION = '.werkbank';
/** The format version this build writes and the newest it reads. */
export const CURRENT_FORMAT_VERSION = 1;

export interface ProjectFileMeta {
  appVersion?: string;
  savedAt?: string;
}

export type ProjectFileResult =
  | { ok: true; snapshot: ProjectSnapshot; formatVersion: number }
  | { ok: false; error: ImportMessage };

// ---------------------------------------------------------------------------------------------
// Writing

/** Serialises a snapshot as a `.werkbank` file (UTF-8 JSON, current format version). */
export function serializeProject(snapshot: ProjectSnapshot, meta: ProjectFileMeta = {}): Uint8Array {
  const file = {
    format: PROJECT_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    savedAt: meta.savedAt ?? nowIso(),
    app: { name: 'Werkbank', version: meta.appVersion ?? '0.0.0' },
    project: snapshot.project,
    documents: snapshot.documents,
    respondents: snapshot.respondents,
    codes: snapshot.codes,
    codings: snapshot.codings,
    memos: snapshot.memos,
    codebookLog: snapshot.codebookLog,
    relations: snapshot.relations,
    themes: snapshot.themes,
  };
  return new TextEncoder().encode(JSON.stringify(file, null, 2) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Migration

/**
 * One step per old version: `steps[n]` turns a version-n file into a version-(n+1) file. Version 1
 * is the first, so there are none yet; format version 2 adds `steps[1]` and bumps
 * CURRENT_FORMAT_VERSION, and nothing else here changes.
 */
const steps: Record<number, (json: Record<string, unknown>) => Record<string, unknown>> = {};

/** Brings a parsed file of `fromVersion` up to CURRENT_FORMAT_VERSION. */
export function migrateProjectFile(json: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let data = json;
  for (let v = fromVersion; v < CURRENT_FORMAT_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from .werkbank format version ${v}`);
    data = { ...step(data), formatVersion: v + 1 };
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Reading

class FileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

/** Reads and validates a `.werkbank` file. Never throws. */
export function parseProjectFile(fileName: string, bytes: Uint8Array): ProjectFileResult {
  const fail = (key: string, params: Record<string, string | number> = {}): ProjectFileResult => ({
    ok: false,
    error: { key: `project.file.error.${key}`, params: { file: fileName, ...params } },
  });
  try {
    if (bytes.length === 0) return fail('empty');
    let raw = bytes;
    if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
      try {
        raw = gunzipSync(raw);
      } catch (e) {
        return fail('gzipCorrupt', { detail: e instanceof Error ? e.message : String(e) });
      }
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return fail('notUtf8');
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return fail('empty');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail('notJson', { detail: e instanceof Error ? e.message : String(e) });
    }
    if (!isObject(json) || json.format !== PROJECT_FILE_FORMAT) {
      return fail('notWerkbank', { found: isObject(json) ? describe(json.format) : typeName(json) });
    }
    const version = json.formatVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return fail('badVersion', { path: 'formatVersion', found: describe(version) });
    }
    if (version > CURRENT_FORMAT_VERSION) {
      return fail('newerVersion', { version, supported: CURRENT_FORMAT_VERSION });
    }
    const migrated = migrateProjectFile(json, version);
    const snapshot = validateSnapshot(migrated);
    return { ok: true, snapshot, formatVersion: version };
  } catch (e) {
    if (e instanceof FileError) return fail(e.key, e.params);
    return fail('unexpected', { detail: e instanceof Error ? e.message : String(e) });
  }
}

// ---------------------------------------------------------------------------------------------
// Validation helpers: each reads one field, checks its type and returns it, or throws FileError
// with the JSON path ("documents[3].turns[0].start").

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return typeName(v);
}

function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function wrongType(path: string, expected: string, found: unknown): never {
  if (found === undefined) throw new FileError('missingField', { path });
  throw new FileError('wrongType', { path, expected, found: typeName(found) });
}

function badValue(path: string, value: unknown, detail: string): never {
  throw new FileError('badValue', { path, value: describe(value), detail });
}

function obj(v: unknown, path: string): Obj {
  if (!isObject(v)) wrongType(path, 'object', v);
  return v;
}

function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) wrongType(path, 'array', v);
  return v;
}

function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') wrongType(at(path, key), 'string', v);
  return v;
}

function nonEmpty(o: Obj, key: string, path: string): string {
  const v = str(o, key, path);
  if (v === '') throw new FileError('emptyValue', { path: at(path, key) });
  return v;
}

function optStr(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

function int(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) wrongType(at(path, key), 'integer', v);
  if (v < 0) throw new FileError('negativeNumber', { path: at(path, key), value: v });
  return v;
}

function num(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) wrongType(at(path, key), 'number', v);
  return v;
}

function optNum(o: Obj, key: string, path: string): number | undefined {
  return o[key] === undefined ? undefined : num(o, key, path);
}

function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
  const v = str(o, key, path);
  if (!(allowed as readonly string[]).includes(v)) badValue(at(path, key), v, allowed.join(' | '));
  return v as T;
}

function list<T>(o: Obj, key: string, path: string, item: (v: unknown, path: string) => T): T[] {
  const p = at(path, key);
  return arr(o[key], p).map((v, i) => item(v, at(p, i)));
}

function stringRecord(v: unknown, path: string): Record<string, string> {
  const o = obj(v, path);
  const out: Record<string, string> = {};
  for (const k of Object.keys(o)) out[k] = str(o, k, path);
  return out;
}

function params(v: unknown, path: string): Record<string, string | number> {
  const o = obj(v, path);
  const out: Record<string, string | number> = {};
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (typeof x !== 'string' && typeof x !== 'number') wrongType(at(path, k), 'string or number', x);
    out[k] = x;
  }
  return out;
}

/** Copies optional properties only when present, so parsed objects equal the serialised ones. */
function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  const out = base as Record<string, unknown>;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return base;
}

// ---------------------------------------------------------------------------------------------
// Entities

const FORMATS: readonly TranscriptFormat[] = ['txt', 'docx', 'vtt', 'srt', 'teams-vtt', 'teams-docx', 'zoom-vtt', 'zoom-txt'];
const PHASES = ['open', 'axial', 'selective'] as const;
const VALENCES = ['bevorderend', 'belemmerend', 'neutraal'] as const;
const LANGUAGES = ['nl', 'en'] as const;

function readOrigin(v: unknown, path: string): CodebookOrigin {
  const o = obj(v, path);
  const kind = oneOf(o, 'kind', path, ['empty', 'predefined', 'qdc', 'project'] as const);
  switch (kind) {
    case 'empty':
      return { kind };
    case 'predefined':
      return {
        kind,
        codebookId: nonEmpty(o, 'codebookId', path),
        title: str(o, 'title', path),
        version: str(o, 'version', path),
        citation: str(o, 'citation', path),
      };
    case 'qdc':
      return withOptional<CodebookOrigin>({ kind, fileName: str(o, 'fileName', path) }, { origin: optStr(o, 'origin', path) });
    case 'project':
      return withOptional<CodebookOrigin>(
        { kind, projectName: str(o, 'projectName', path) },
        { fileName: optStr(o, 'fileName', path) },
      );
  }
}

function readProject(v: unknown, path: string): Project {
  const o = obj(v, path);
  const s = obj(o.settings, at(path, 'settings'));
  return withOptional<Project>({
    id: nonEmpty(o, 'id', path),
    name: str(o, 'name', path),
    description: str(o, 'description', path),
    createdAt: str(o, 'createdAt', path),
    updatedAt: str(o, 'updatedAt', path),
    settings: {
      language: oneOf(s, 'language', at(path, 'settings'), LANGUAGES),
      coderName: str(s, 'coderName', at(path, 'settings')),
    },
  }, {
    codebookOrigin: o.codebookOrigin === undefined ? undefined : readOrigin(o.codebookOrigin, at(path, 'codebookOrigin')),
    phases: o.phases === undefined ? undefined : readPhases(o.phases, at(path, 'phases')),
    storyline: optStr(o, 'storyline', path),
    layers: o.layers === undefined ? undefined : list(o, 'layers', path, (v, p) => {
      if (typeof v !== 'string') wrongType(p, 'string', v);
      if ((v as string).trim() === '') throw new FileError('emptyValue', { path: p });
      return v as string;
    }),
    pseudonyms: o.pseudonyms === undefined ? undefined : list(o, 'pseudonyms', path, readPseudonym),
  });
}

/** One name to hide in exports: `{ name, replacement }`, the name non-empty. */
function readPseudonym(v: unknown, path: string): PseudonymRule {
  const o = obj(v, path);
  const name = str(o, 'name', path);
  if (name.trim() === '') throw new FileError('emptyValue', { path: at(path, 'name') });
  return { name, replacement: str(o, 'replacement', path) };
}

function readPhases(v: unknown, path: string): Partial<Record<Phase, PhaseMark>> {
  const o = obj(v, path);
  const out: Partial<Record<Phase, PhaseMark>> = {};
  for (const key of Object.keys(o)) {
    if (!(PHASES as readonly string[]).includes(key)) badValue(at(path, key), key, PHASES.join(' | '));
    const m = obj(o[key], at(path, key));
    out[key as Phase] = { doneAt: str(m, 'doneAt', at(path, key)), by: str(m, 'by', at(path, key)) };
  }
  return out;
}

function readTurn(v: unknown, path: string): SpeakerTurn {
  const o = obj(v, path);
  return withOptional<SpeakerTurn>(
    { speaker: str(o, 'speaker', path), start: int(o, 'start', path), end: int(o, 'end', path) },
    { startTime: optNum(o, 'startTime', path), endTime: optNum(o, 'endTime', path) },
  );
}

function readRole(v: unknown, path: string): SpeakerRole {
  const o = obj(v, path);
  const kind = oneOf(o, 'kind', path, ['unassigned', 'interviewer', 'respondent'] as const);
  if (kind === 'respondent') return { kind, respondentId: nonEmpty(o, 'respondentId', path) };
  return { kind };
}

function readSpeaker(v: unknown, path: string): SpeakerAssignment {
  const o = obj(v, path);
  return { label: str(o, 'label', path), role: readRole(o.role, at(path, 'role')) };
}

function readMedia(v: unknown, path: string): MediaLink {
  const o = obj(v, path);
  return withOptional<MediaLink>(
    { fileName: str(o, 'fileName', path), mimeType: str(o, 'mimeType', path), byteLength: int(o, 'byteLength', path) },
    { blobId: optStr(o, 'blobId', path), path: optStr(o, 'path', path) },
  );
}

function readWarning(v: unknown, path: string): ImportMessage {
  const o = obj(v, path);
  const key = nonEmpty(o, 'key', path);
  return o.params === undefined ? { key } : { key, params: params(o.params, at(path, 'params')) };
}

function readDocument(v: unknown, path: string): Document {
  const o = obj(v, path);
  return withOptional<Document>(
    {
      id: nonEmpty(o, 'id', path),
      projectId: nonEmpty(o, 'projectId', path),
      name: str(o, 'name', path),
      sourceFileName: str(o, 'sourceFileName', path),
      format: oneOf(o, 'format', path, FORMATS),
      encoding: str(o, 'encoding', path),
      text: str(o, 'text', path),
      checksum: str(o, 'checksum', path),
      byteLength: int(o, 'byteLength', path),
      importedAt: str(o, 'importedAt', path),
      turns: list(o, 'turns', path, readTurn),
      speakers: list(o, 'speakers', path, readSpeaker),
      importWarnings: list(o, 'importWarnings', path, readWarning),
      order: num(o, 'order', path),
    },
    {
      media: o.media === undefined ? undefined : readMedia(o.media, at(path, 'media')),
      codingDone: o.codingDone === undefined ? undefined : readCodingDone(o.codingDone, at(path, 'codingDone')),
    },
  );
}

function readCodingDone(v: unknown, path: string): NonNullable<Document['codingDone']> {
  const o = obj(v, path);
  return { doneAt: str(o, 'doneAt', path), by: str(o, 'by', path) };
}

const MEMO_PROMPTS: readonly MemoPrompt[] = ['why', 'who', 'what', 'where', 'when', 'how'];

function readPrompts(v: unknown, path: string): MemoPrompts {
  const o = obj(v, path);
  const prompts: MemoPrompts = {};
  for (const key of Object.keys(o)) {
    if (!(MEMO_PROMPTS as readonly string[]).includes(key)) {
      badValue(at(path, key), key, MEMO_PROMPTS.join(' | '));
    }
    prompts[key as MemoPrompt] = str(o, key, path);
  }
  return prompts;
}

function readRespondent(v: unknown, path: string): Respondent {
  const o = obj(v, path);
  return {
    id: nonEmpty(o, 'id', path),
    projectId: nonEmpty(o, 'projectId', path),
    pseudonym: str(o, 'pseudonym', path),
    role: str(o, 'role', path),
    attributes: stringRecord(o.attributes, at(path, 'attributes')),
    createdAt: str(o, 'createdAt', path),
  };
}

function readCode(v: unknown, path: string): Code {
  const o = obj(v, path);
  const parent = o.parentId;
  if (parent !== null && typeof parent !== 'string') wrongType(at(path, 'parentId'), 'string or null', parent);
  return withOptional<Code>(
    {
      id: nonEmpty(o, 'id', path),
      projectId: nonEmpty(o, 'projectId', path),
      parentId: parent,
      label: str(o, 'label', path),
      color: str(o, 'color', path),
      description: str(o, 'description', path),
      order: num(o, 'order', path),
      createdAt: str(o, 'createdAt', path),
      updatedAt: str(o, 'updatedAt', path),
    },
    {
      level: optStr(o, 'level', path),
      number: optStr(o, 'number', path),
      indicator: optStr(o, 'indicator', path),
      valence: o.valence === undefined ? undefined : oneOf(o, 'valence', path, VALENCES),
      pairId: optStr(o, 'pairId', path),
      sourceCodeId: optStr(o, 'sourceCodeId', path),
      inclusion: optStr(o, 'inclusion', path),
      exclusion: optStr(o, 'exclusion', path),
      example: optStr(o, 'example', path),
    },
  );
}

function readCoding(v: unknown, path: string): Coding {
  const o = obj(v, path);
  return withOptional<Coding>(
    {
      id: nonEmpty(o, 'id', path),
      projectId: nonEmpty(o, 'projectId', path),
      documentId: nonEmpty(o, 'documentId', path),
      codeId: nonEmpty(o, 'codeId', path),
      start: int(o, 'start', path),
      end: int(o, 'end', path),
      coder: str(o, 'coder', path),
      phase: oneOf(o, 'phase', path, PHASES),
      createdAt: str(o, 'createdAt', path),
      updatedAt: str(o, 'updatedAt', path),
    },
    {
      valence: o.valence === undefined ? undefined : oneOf(o, 'valence', path, VALENCES),
      memo: optStr(o, 'memo', path),
      review: o.review === undefined ? undefined : readReview(o.review, at(path, 'review')),
    },
  );
}

function readReview(v: unknown, path: string): ReviewMark {
  const o = obj(v, path);
  return {
    status: oneOf(o, 'status', path, ['accepted', 'flagged'] as const),
    comment: str(o, 'comment', path),
    reviewer: str(o, 'reviewer', path),
    at: str(o, 'at', path),
  };
}

function readTarget(v: unknown, path: string): MemoTarget {
  const o = obj(v, path);
  const kind = oneOf(o, 'kind', path, ['project', 'document', 'code', 'coding'] as const);
  if (kind === 'project') return { kind };
  return { kind, id: nonEmpty(o, 'id', path) };
}

function readMemo(v: unknown, path: string): Memo {
  const o = obj(v, path);
  return {
    id: nonEmpty(o, 'id', path),
    projectId: nonEmpty(o, 'projectId', path),
    target: readTarget(o.target, at(path, 'target')),
    title: str(o, 'title', path),
    text: str(o, 'text', path),
    author: str(o, 'author', path),
    createdAt: str(o, 'createdAt', path),
    updatedAt: str(o, 'updatedAt', path),
    ...(o.prompts === undefined ? {} : { prompts: readPrompts(o.prompts, at(path, 'prompts')) }),
  };
}

function readLogEntry(v: unknown, path: string): CodebookLogEntry {
  const o = obj(v, path);
  return {
    id: nonEmpty(o, 'id', path),
    projectId: nonEmpty(o, 'projectId', path),
    at: str(o, 'at', path),
    coder: str(o, 'coder', path),
    action: nonEmpty(o, 'action', path),
    params: params(o.params, at(path, 'params')),
  };
}

function idList(o: Obj, key: string, path: string): string[] {
  return list(o, key, path, (v, p) => {
    if (typeof v !== 'string') wrongType(p, 'string', v);
    if (v === '') throw new FileError('emptyValue', { path: p });
    return v;
  });
}

function readRelation(v: unknown, path: string): CodeRelation {
  const o = obj(v, path);
  return {
    id: nonEmpty(o, 'id', path),
    projectId: nonEmpty(o, 'projectId', path),
    fromCodeId: nonEmpty(o, 'fromCodeId', path),
    toCodeId: nonEmpty(o, 'toCodeId', path),
    type: oneOf(o, 'type', path, RELATION_TYPES),
    note: str(o, 'note', path),
    createdAt: str(o, 'createdAt', path),
    updatedAt: str(o, 'updatedAt', path),
  };
}

function readTheme(v: unknown, path: string): Theme {
  const o = obj(v, path);
  return {
    id: nonEmpty(o, 'id', path),
    projectId: nonEmpty(o, 'projectId', path),
    label: str(o, 'label', path),
    definition: str(o, 'definition', path),
    layer: str(o, 'layer', path),
    order: num(o, 'order', path),
    color: str(o, 'color', path),
    categoryIds: idList(o, 'categoryIds', path),
    keyQuoteIds: idList(o, 'keyQuoteIds', path),
    summary: str(o, 'summary', path),
    createdAt: str(o, 'createdAt', path),
    updatedAt: str(o, 'updatedAt', path),
    ...(o.review === undefined ? {} : { review: readReview(o.review, at(path, 'review')) }),
  };
}

// ---------------------------------------------------------------------------------------------
// Whole file: shapes first, then ids, references and offsets.

function validateSnapshot(file: Obj): ProjectSnapshot {
  const snapshot: ProjectSnapshot = {
    project: readProject(file.project, 'project'),
    documents: list(file, 'documents', '', readDocument),
    respondents: list(file, 'respondents', '', readRespondent),
    codes: list(file, 'codes', '', readCode),
    codings: list(file, 'codings', '', readCoding),
    memos: list(file, 'memos', '', readMemo),
    // Optional: files written before the codebook log existed have none.
    codebookLog: file.codebookLog === undefined ? [] : list(file, 'codebookLog', '', readLogEntry),
    // Optional: files written before axial/selective coding existed have none.
    relations: file.relations === undefined ? [] : list(file, 'relations', '', readRelation),
    themes: file.themes === undefined ? [] : list(file, 'themes', '', readTheme),
  };
  const projectId = snapshot.project.id;

  const index = <T extends { id: string; projectId: string }>(table: string, items: T[]): Map<string, T> => {
    const byId = new Map<string, T>();
    const firstAt = new Map<string, number>();
    items.forEach((item, i) => {
      const path = `${table}[${i}]`;
      const first = firstAt.get(item.id);
      if (first !== undefined) {
        throw new FileError('duplicateId', { path: `${path}.id`, id: item.id, other: `${table}[${first}].id` });
      }
      if (item.projectId !== projectId) {
        throw new FileError('wrongProject', { path: `${path}.projectId`, found: item.projectId, expected: projectId });
      }
      firstAt.set(item.id, i);
      byId.set(item.id, item);
    });
    return byId;
  };
  const documents = index('documents', snapshot.documents);
  const respondents = index('respondents', snapshot.respondents);
  const codes = index('codes', snapshot.codes);
  const codings = index('codings', snapshot.codings);
  index('memos', snapshot.memos);
  index('codebookLog', snapshot.codebookLog);
  index('relations', snapshot.relations);
  index('themes', snapshot.themes);

  const dangling = (path: string, kind: 'document' | 'code' | 'coding' | 'respondent', id: string): never => {
    const key = { document: 'danglingDocument', code: 'danglingCode', coding: 'danglingCoding', respondent: 'danglingRespondent' }[kind];
    throw new FileError(key, { path, id });
  };
  const range = (path: string, start: number, end: number, length: number): void => {
    if (start > end) throw new FileError('startAfterEnd', { path: `${path}.start`, start, end });
    if (end > length) throw new FileError('offsetOutOfRange', { path: `${path}.end`, offset: end, length });
  };

  snapshot.documents.forEach((doc, i) => {
    const path = `documents[${i}]`;
    doc.turns.forEach((t, j) => range(`${path}.turns[${j}]`, t.start, t.end, doc.text.length));
    const labels = new Set<string>();
    doc.speakers.forEach((s, j) => {
      const sp = `${path}.speakers[${j}]`;
      if (labels.has(s.label)) throw new FileError('duplicateLabel', { path: `${sp}.label`, label: s.label });
      labels.add(s.label);
      if (s.role.kind === 'respondent' && !respondents.has(s.role.respondentId)) {
        dangling(`${sp}.role.respondentId`, 'respondent', s.role.respondentId);
      }
    });
  });

  snapshot.codes.forEach((code, i) => {
    if (code.parentId !== null && !codes.has(code.parentId)) dangling(`codes[${i}].parentId`, 'code', code.parentId);
    if (code.pairId !== undefined && !codes.has(code.pairId)) dangling(`codes[${i}].pairId`, 'code', code.pairId);
  });
  // Cycle check: walk up from every code; a walk longer than the number of codes loops.
  snapshot.codes.forEach((code, i) => {
    const seen = new Set<string>([code.id]);
    let parent = code.parentId;
    while (parent !== null) {
      if (seen.has(parent)) {
        const chain = [...seen].map((id) => codes.get(id)?.label ?? id);
        throw new FileError('codeCycle', { path: `codes[${i}].parentId`, detail: [...chain, codes.get(parent)?.label ?? parent].join(' → ') });
      }
      seen.add(parent);
      parent = codes.get(parent)?.parentId ?? null;
    }
  });

  snapshot.codings.forEach((c, i) => {
    const path = `codings[${i}]`;
    const doc = documents.get(c.documentId) ?? dangling(`${path}.documentId`, 'document', c.documentId);
    if (!codes.has(c.codeId)) dangling(`${path}.codeId`, 'code', c.codeId);
    range(path, c.start, c.end, doc.text.length);
  });

  snapshot.memos.forEach((m, i) => {
    const t = m.target;
    const path = `memos[${i}].target.id`;
    if (t.kind === 'document' && !documents.has(t.id)) dangling(path, 'document', t.id);
    if (t.kind === 'code' && !codes.has(t.id)) dangling(path, 'code', t.id);
    if (t.kind === 'coding' && !codings.has(t.id)) dangling(path, 'coding', t.id);
  });

  snapshot.relations.forEach((r, i) => {
    if (!codes.has(r.fromCodeId)) dangling(`relations[${i}].fromCodeId`, 'code', r.fromCodeId);
    if (!codes.has(r.toCodeId)) dangling(`relations[${i}].toCodeId`, 'code', r.toCodeId);
  });

  snapshot.themes.forEach((t, i) => {
    t.categoryIds.forEach((id, j) => {
      if (!codes.has(id)) dangling(`themes[${i}].categoryIds[${j}]`, 'code', id);
    });
    t.keyQuoteIds.forEach((id, j) => {
      if (!codings.has(id)) dangling(`themes[${i}].keyQuoteIds[${j}]`, 'coding', id);
    });
  });

  return snapshot;
}
