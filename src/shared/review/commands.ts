/**
 * Review commands: a research assistant (or supervisor) accepts a student's coding, or flags it
 * with a comment to answer. Pure functions from a snapshot to a named ChangeSet, in the style of
 * src/shared/coding/commands.ts; apply the set and undo it with its inverse.
 */
import { updated, type ChangeSet, type EntityChange } from '../model/changes';
import type { Coding, ProjectSnapshot, ReviewMark, ReviewStatus } from '../model/types';
import { CommandError, type CommandContext } from '../project/commands';
import { nowIso } from '../util/ids';

export interface ReviewInput {
  status: ReviewStatus;
  comment?: string;
}

function makeMark(snapshot: ProjectSnapshot, input: ReviewInput, ctx: CommandContext | undefined): ReviewMark {
  if (input.status !== 'accepted' && input.status !== 'flagged') throw new CommandError('review.error.status', { status: String(input.status) });
  return {
    status: input.status,
    comment: (input.comment ?? '').trim(),
    reviewer: ctx?.coder ?? snapshot.project.settings.coderName,
    at: ctx?.now ?? nowIso(),
  };
}

function sameMark(a: ReviewMark | undefined, b: ReviewMark | null): boolean {
  if (!a || !b) return !a && !b;
  return a.status === b.status && a.comment === b.comment && a.reviewer === b.reviewer;
}

function commandName(mark: ReviewInput | null): string {
  return mark === null ? 'command.reviewClear' : mark.status === 'accepted' ? 'command.reviewAccept' : 'command.reviewFlag';
}

/**
 * Sets (or with `null` clears) the review mark of one or more codings in one undoable set. The
 * reviewer is `ctx.coder`, else the project's coder name. Codings already carrying the same
 * verdict are left alone; unknown ids are refused with `project.error.notFound`.
 */
export function reviewCodings(snapshot: ProjectSnapshot, codingIds: readonly string[], mark: ReviewInput | null, ctx?: CommandContext): ChangeSet {
  const byId = new Map(snapshot.codings.map((c) => [c.id, c]));
  const next = mark === null ? null : makeMark(snapshot, mark, ctx);
  const changes: EntityChange[] = [];
  const seen = new Set<string>();
  for (const id of codingIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const before = byId.get(id);
    if (!before) throw new CommandError('project.error.notFound', { kind: 'coding', id });
    if (sameMark(before.review, next)) continue;
    const after: Coding = { ...before };
    if (next) after.review = next;
    else delete after.review;
    changes.push(updated('codings', before, after));
  }
  return { name: commandName(mark), params: { count: seen.size }, changes };
}

/** Sets (or with `null` clears) the review mark of a theme. */
export function reviewTheme(snapshot: ProjectSnapshot, themeId: string, mark: ReviewInput | null, ctx?: CommandContext): ChangeSet {
  const before = snapshot.themes.find((t) => t.id === themeId);
  if (!before) throw new CommandError('project.error.notFound', { kind: 'theme', id: themeId });
  const next = mark === null ? null : makeMark(snapshot, mark, ctx);
  const name = commandName(mark);
  if (sameMark(before.review, next)) return { name, params: { count: 1 }, changes: [] };
  const after = { ...before };
  if (next) after.review = next;
  else delete after.review;
  return { name, params: { count: 1 }, changes: [updated('themes', before, after)] };
}

export interface ReviewFilter {
  /** Only codings by this coder. */
  coder?: string;
  codeId?: string;
  documentId?: string;
}

export interface ReviewProgress {
  total: number;
  accepted: number;
  flagged: number;
  open: number;
}

export function matchesReviewFilter(c: Coding, filter: ReviewFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.coder !== undefined && c.coder !== filter.coder) return false;
  if (filter.codeId !== undefined && c.codeId !== filter.codeId) return false;
  if (filter.documentId !== undefined && c.documentId !== filter.documentId) return false;
  return true;
}

/** How many codings (matching the filter) are accepted, flagged or not reviewed yet. */
export function reviewProgress(snapshot: ProjectSnapshot, filter?: ReviewFilter): ReviewProgress {
  const out: ReviewProgress = { total: 0, accepted: 0, flagged: 0, open: 0 };
  for (const c of snapshot.codings) {
    if (!matchesReviewFilter(c, filter)) continue;
    out.total += 1;
    if (c.review?.status === 'accepted') out.accepted += 1;
    else if (c.review?.status === 'flagged') out.flagged += 1;
    else out.open += 1;
  }
  return out;
}

/**
 * Every distinct coder of the project, sorted (Dutch collation): coders of codings, authors of
 * memos, and the current coder name. Empty names are left out.
 */
export function projectCoders(snapshot: ProjectSnapshot): string[] {
  const names = new Set<string>();
  for (const c of snapshot.codings) names.add(c.coder);
  for (const m of snapshot.memos) names.add(m.author);
  names.add(snapshot.project.settings.coderName);
  names.delete('');
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The coders who made at least one coding (those an agreement can compare), sorted. */
export function codersWithCodings(snapshot: ProjectSnapshot): string[] {
  const coding = new Set(snapshot.codings.map((c) => c.coder));
  return projectCoders(snapshot).filter((c) => coding.has(c));
}

/** Deterministic pseudo-random order (mulberry32 over a string seed): stable across reloads. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
