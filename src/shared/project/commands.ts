/**
 * Project commands: pure functions from a snapshot (plus input) to a named ChangeSet. They never
 * mutate the snapshot; the caller applies the set (repository.apply in the app, applyToSnapshot in
 * the CLI and tests), which makes every command undoable by inverting its set.
 *
 * Commands throw `CommandError` for programming errors (an id that is not in the snapshot); user
 * input problems are the UI's to prevent.
 */
import { created, deleted, updated, type ChangeSet, type EntityChange } from '../model/changes';
import type {
  Document,
  MediaLink,
  Project,
  ProjectSettings,
  ProjectSnapshot,
  PseudonymRule,
  Respondent,
  SpeakerAssignment,
  SpeakerRole,
  SpeakerTurn,
} from '../model/types';
import type { ParsedTranscript } from '../import/types';
import { newId as defaultNewId, nowIso } from '../util/ids';
import { referenceCleanup } from '../axial/references';

export interface ImportCandidate {
  fileName: string;
  checksum: string;
  byteLength: number;
  transcript: ParsedTranscript;
}

export interface CommandContext {
  /** Timestamp to record (default: now). */
  now?: string;
  /** Id generator (default: random GUIDs). */
  newId?: () => string;
  /** Coder name to record where a command records one. */
  coder?: string;
}

export class CommandError extends Error {
  constructor(
    /** i18n key, e.g. "project.error.notFound". */
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'CommandError';
  }
}

function context(ctx: CommandContext | undefined): { now: string; newId: () => string } {
  return { now: ctx?.now ?? nowIso(), newId: ctx?.newId ?? (() => defaultNewId()) };
}

function requireDocument(snapshot: ProjectSnapshot, documentId: string): Document {
  const doc = snapshot.documents.find((d) => d.id === documentId);
  if (!doc) throw new CommandError('project.error.notFound', { kind: 'document', id: documentId });
  return doc;
}

function requireRespondent(snapshot: ProjectSnapshot, respondentId: string): Respondent {
  const r = snapshot.respondents.find((x) => x.id === respondentId);
  if (!r) throw new CommandError('project.error.notFound', { kind: 'respondent', id: respondentId });
  return r;
}

// ---------------------------------------------------------------------------------------------
// Import

/** The document already imported from a file with these bytes (same SHA-256), if any. */
export function findDuplicate(snapshot: ProjectSnapshot, checksum: string): Document | undefined {
  const wanted = checksum.toLowerCase();
  return snapshot.documents.find((d) => d.checksum.toLowerCase() === wanted);
}

const INTERVIEWER_LABEL = /^(interviewer|interviewster|int|i|onderzoeker)(\s*\d+)?$/i;

/** True for speaker labels that obviously denote the interviewer ("Interviewer", "I", "Int."). */
export function isInterviewerLabel(label: string): boolean {
  const core = label.trim().replace(/[.:]+$/, '').trim();
  return INTERVIEWER_LABEL.test(core);
}

/** The file name without its last extension: "Interview 3 – juf.docx" → "Interview 3 – juf". */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * The speakers to map. Text without a speaker label (a title, a date line before the first turn)
 * is not a speaker, unless the whole transcript has no labels at all: then that one unlabelled
 * voice can still be mapped to the respondent.
 */
function speakersOf(transcript: ParsedTranscript): SpeakerAssignment[] {
  const labels: string[] = [];
  const seen = new Set<string>();
  const hasLabels = transcript.turns.some((t) => t.speaker !== '');
  for (const label of [...transcript.speakers, ...transcript.turns.map((t) => t.speaker)]) {
    if (seen.has(label) || (label === '' && hasLabels)) continue;
    seen.add(label);
    labels.push(label);
  }
  return labels.map((label) => ({
    label,
    role: isInterviewerLabel(label) ? { kind: 'interviewer' } : { kind: 'unassigned' },
  }));
}

/** Creates one Document per candidate, ordered after the existing documents. */
export function importDocuments(
  snapshot: ProjectSnapshot,
  candidates: ImportCandidate[],
  ctx?: CommandContext,
): ChangeSet {
  const { now, newId } = context(ctx);
  let order = snapshot.documents.reduce((max, d) => Math.max(max, d.order), -1) + 1;
  const changes: EntityChange[] = candidates.map((c) => {
    const t = c.transcript;
    const turns: SpeakerTurn[] = t.turns.map((turn) => {
      const out: SpeakerTurn = { speaker: turn.speaker, start: turn.start, end: turn.end };
      if (turn.startTime !== undefined) out.startTime = turn.startTime;
      if (turn.endTime !== undefined) out.endTime = turn.endTime;
      return out;
    });
    const doc: Document = {
      id: newId(),
      projectId: snapshot.project.id,
      name: baseName(c.fileName),
      sourceFileName: c.fileName,
      format: t.format,
      encoding: t.encoding,
      text: t.text,
      checksum: c.checksum,
      byteLength: c.byteLength,
      importedAt: now,
      turns,
      speakers: speakersOf(t),
      importWarnings: t.warnings.map((w) => (w.params ? { key: w.key, params: { ...w.params } } : { key: w.key })),
      order: order++,
    };
    return created('documents', doc);
  });
  return { name: 'command.importDocuments', params: { count: candidates.length }, changes };
}

// ---------------------------------------------------------------------------------------------
// Documents

export function renameDocument(
  snapshot: ProjectSnapshot,
  documentId: string,
  name: string,
  _ctx?: CommandContext,
): ChangeSet {
  const doc = requireDocument(snapshot, documentId);
  const next = name.trim();
  const changes = next === doc.name || next === '' ? [] : [updated('documents', doc, { ...doc, name: next })];
  return { name: 'command.renameDocument', params: { from: doc.name, name: next }, changes };
}

/**
 * Deletes the document with its codings and the memos attached to either, in one undoable set;
 * themes drop the deleted codings as key quotes.
 */
export function deleteDocument(snapshot: ProjectSnapshot, documentId: string, ctx?: CommandContext): ChangeSet {
  const doc = requireDocument(snapshot, documentId);
  const codings = snapshot.codings.filter((c) => c.documentId === documentId);
  const codingIds = new Set(codings.map((c) => c.id));
  const memos = snapshot.memos.filter(
    (m) =>
      (m.target.kind === 'document' && m.target.id === documentId) ||
      (m.target.kind === 'coding' && codingIds.has(m.target.id)),
  );
  return {
    name: 'command.deleteDocument',
    params: { name: doc.name },
    changes: [
      ...memos.map((m) => deleted('memos', m)),
      ...referenceCleanup(snapshot, { deletedCodings: codingIds }, context(ctx).now),
      ...codings.map((c) => deleted('codings', c)),
      deleted('documents', doc),
    ],
  };
}

/**
 * Links audio/video to a document (or unlinks it with `null`). The media bytes are stored apart
 * (repository.putMedia); only the link is part of the change set, so undo restores the previous
 * link. Linking the same media again gives an empty set.
 */
export function linkMedia(snapshot: ProjectSnapshot, documentId: string, media: MediaLink | null, _ctx?: CommandContext): ChangeSet {
  const doc = requireDocument(snapshot, documentId);
  const name = media ? 'command.linkMedia' : 'command.unlinkMedia';
  const params = { document: doc.name, file: media?.fileName ?? doc.media?.fileName ?? '' };
  const after: Document = { ...doc };
  if (media) {
    const link: MediaLink = { fileName: media.fileName, mimeType: media.mimeType, byteLength: media.byteLength };
    if (media.blobId !== undefined) link.blobId = media.blobId;
    if (media.path !== undefined) link.path = media.path;
    after.media = link;
  } else {
    delete after.media;
  }
  if (JSON.stringify(after.media ?? null) === JSON.stringify(doc.media ?? null)) return { name, params, changes: [] };
  return { name, params, changes: [updated('documents', doc, after)] };
}

/** Maps a speaker label of a document to the interviewer, a respondent or nobody. */
export function assignSpeaker(
  snapshot: ProjectSnapshot,
  documentId: string,
  label: string,
  role: SpeakerRole,
  _ctx?: CommandContext,
): ChangeSet {
  const doc = requireDocument(snapshot, documentId);
  if (role.kind === 'respondent') requireRespondent(snapshot, role.respondentId);
  const nextRole: SpeakerRole = role.kind === 'respondent' ? { kind: 'respondent', respondentId: role.respondentId } : { kind: role.kind };
  const index = doc.speakers.findIndex((s) => s.label === label);
  const current = index >= 0 ? doc.speakers[index].role : undefined;
  const same = current !== undefined && sameRole(current, nextRole);
  const speakers =
    index >= 0
      ? doc.speakers.map((s, i) => (i === index ? { label: s.label, role: nextRole } : s))
      : [...doc.speakers, { label, role: nextRole }];
  return {
    name: 'command.assignSpeaker',
    params: { label, document: doc.name },
    changes: same ? [] : [updated('documents', doc, { ...doc, speakers })],
  };
}

function sameRole(a: SpeakerRole, b: SpeakerRole): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'respondent' || a.respondentId === (b as { respondentId: string }).respondentId;
}

// ---------------------------------------------------------------------------------------------
// Respondents

export function createRespondent(
  snapshot: ProjectSnapshot,
  input: { pseudonym: string; role: string; attributes?: Record<string, string> },
  ctx?: CommandContext,
): { set: ChangeSet; respondent: Respondent } {
  const { now, newId } = context(ctx);
  const respondent: Respondent = {
    id: newId(),
    projectId: snapshot.project.id,
    pseudonym: input.pseudonym.trim(),
    role: input.role.trim(),
    attributes: { ...(input.attributes ?? {}) },
    createdAt: now,
  };
  return {
    respondent,
    set: {
      name: 'command.createRespondent',
      params: { pseudonym: respondent.pseudonym },
      changes: [created('respondents', respondent)],
    },
  };
}

export function updateRespondent(
  snapshot: ProjectSnapshot,
  respondentId: string,
  patch: Partial<Pick<Respondent, 'pseudonym' | 'role' | 'attributes'>>,
  _ctx?: CommandContext,
): ChangeSet {
  const before = requireRespondent(snapshot, respondentId);
  const after: Respondent = { ...before };
  if (patch.pseudonym !== undefined) after.pseudonym = patch.pseudonym.trim();
  if (patch.role !== undefined) after.role = patch.role.trim();
  if (patch.attributes !== undefined) after.attributes = { ...patch.attributes };
  return {
    name: 'command.updateRespondent',
    params: { pseudonym: after.pseudonym },
    changes: [updated('respondents', before, after)],
  };
}

/** Deletes a respondent; speakers mapped to it become unassigned in the same set. */
export function deleteRespondent(snapshot: ProjectSnapshot, respondentId: string, _ctx?: CommandContext): ChangeSet {
  const respondent = requireRespondent(snapshot, respondentId);
  const docChanges: EntityChange[] = [];
  for (const doc of snapshot.documents) {
    if (!doc.speakers.some((s) => s.role.kind === 'respondent' && s.role.respondentId === respondentId)) continue;
    const speakers = doc.speakers.map((s) =>
      s.role.kind === 'respondent' && s.role.respondentId === respondentId
        ? { label: s.label, role: { kind: 'unassigned' } as SpeakerRole }
        : s,
    );
    docChanges.push(updated('documents', doc, { ...doc, speakers }));
  }
  return {
    name: 'command.deleteRespondent',
    params: { pseudonym: respondent.pseudonym },
    changes: [...docChanges, deleted('respondents', respondent)],
  };
}

// ---------------------------------------------------------------------------------------------
// Project

export function updateProject(
  snapshot: ProjectSnapshot,
  patch: Partial<Pick<Project, 'name' | 'description' | 'settings'>>,
  ctx?: CommandContext,
): ChangeSet {
  const { now } = context(ctx);
  const before = snapshot.project;
  const after: Project = { ...before, updatedAt: now };
  if (patch.name !== undefined && patch.name.trim() !== '') after.name = patch.name.trim();
  if (patch.description !== undefined) after.description = patch.description;
  if (patch.settings !== undefined) after.settings = { ...before.settings, ...patch.settings };
  return { name: 'command.updateProject', params: { name: after.name }, changes: [], project: { before, after } };
}

/**
 * Cleans a list of names to hide: trims names and replacements, drops empty names and later
 * duplicates (same name ignoring case, diacritics and spacing), keeps the user's order.
 */
export function normalisePseudonymRules(rules: readonly PseudonymRule[]): PseudonymRule[] {
  const seen = new Set<string>();
  const out: PseudonymRule[] = [];
  for (const rule of rules) {
    const name = rule.name.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    const key = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, replacement: rule.replacement.trim() });
  }
  return out;
}

/** Replaces the project's list of names to hide in exports and reports (undoable). */
export function setPseudonyms(snapshot: ProjectSnapshot, rules: readonly PseudonymRule[], ctx?: CommandContext): ChangeSet {
  const { now } = context(ctx);
  const before = snapshot.project;
  const list = normalisePseudonymRules(rules);
  const after: Project = { ...before, updatedAt: now };
  if (list.length > 0) after.pseudonyms = list;
  else delete after.pseudonyms;
  return { name: 'command.setPseudonyms', params: { count: list.length }, changes: [], project: { before, after } };
}

export function newProjectSnapshot(
  input: { name: string; description?: string; settings: ProjectSettings },
  ctx?: CommandContext,
): ProjectSnapshot {
  const { now, newId } = context(ctx);
  return {
    project: {
      id: newId(),
      name: input.name.trim(),
      description: input.description ?? '',
      createdAt: now,
      updatedAt: now,
      settings: { ...input.settings },
    },
    documents: [],
    respondents: [],
    codes: [],
    codings: [],
    memos: [],
    codebookLog: [],
    relations: [],
    themes: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

// Combining marks belong to their letter: a decomposed "e\u0301en" is one word, not two.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Number of words in a piece of text (letters/digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/**
 * Words in the document; with `respondentOnly`, only the words of speakers who are (or may yet
 * become) respondents: the interviewer's turns and unlabelled text such as a title are left out,
 * while speakers not assigned yet still count, so a fresh import does not show 0 words.
 */
export function documentWordCount(doc: Document, respondentOnly = false): number {
  if (!respondentOnly) return countWords(doc.text);
  const respondentLabels = new Set(doc.speakers.filter((s) => s.role.kind !== 'interviewer').map((s) => s.label));
  let n = 0;
  for (const turn of doc.turns) {
    if (respondentLabels.has(turn.speaker)) n += countWords(doc.text.slice(turn.start, turn.end));
  }
  return n;
}

/** The respondent a speaker label of the document is mapped to, if any. */
export function speakerRespondent(snapshot: ProjectSnapshot, doc: Document, label: string): Respondent | undefined {
  const role = doc.speakers.find((s) => s.label === label)?.role;
  if (!role || role.kind !== 'respondent') return undefined;
  return snapshot.respondents.find((r) => r.id === role.respondentId);
}
