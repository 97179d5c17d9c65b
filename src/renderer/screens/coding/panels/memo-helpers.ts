/** Pure helpers of the memo panel (no React): lookups, target labels, list search. */
import type { Memo, MemoPrompt, MemoTarget, ProjectSnapshot } from '../../../../shared/model/types';
import { foldForSearch } from '../../../../shared/text/search';

/** The six guiding questions (5W+1H), in the order the panel shows them. */
export const MEMO_PROMPTS: readonly MemoPrompt[] = ['why', 'who', 'what', 'where', 'when', 'how'];

export type TargetKind = MemoTarget['kind'];
export const TARGET_KINDS: readonly TargetKind[] = ['coding', 'code', 'document', 'project'];

/** Memos per coding id (for the margin's memo markers). */
export function memosByCoding(snapshot: Pick<ProjectSnapshot, 'memos'>): Map<string, Memo[]> {
  const map = new Map<string, Memo[]>();
  for (const memo of snapshot.memos) {
    if (memo.target.kind !== 'coding') continue;
    const list = map.get(memo.target.id) ?? [];
    list.push(memo);
    map.set(memo.target.id, list);
  }
  return map;
}

export function sameTarget(a: MemoTarget, b: MemoTarget): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'project' || (a as { id: string }).id === (b as { id: string }).id;
}

export function targetKey(target: MemoTarget): string {
  return target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
}

/** Memos on one target, oldest first. */
export function memosOn(snapshot: Pick<ProjectSnapshot, 'memos'>, target: MemoTarget): Memo[] {
  return snapshot.memos.filter((m) => sameTarget(m.target, target)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A short one-line quote of a coding's text. */
export function codingQuote(snapshot: Pick<ProjectSnapshot, 'documents' | 'codings'>, codingId: string, max = 80): string {
  const coding = snapshot.codings.find((c) => c.id === codingId);
  const doc = coding && snapshot.documents.find((d) => d.id === coding.documentId);
  if (!coding || !doc) return '';
  const text = doc.text.slice(coding.start, coding.end).replace(/\s+/g, ' ').trim();
  const cps = Array.from(text);
  return cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : text;
}

/** What a memo is about, in words: "Code: Samenwerking", "Document: Interview 1", … (labels given). */
export function targetName(snapshot: ProjectSnapshot, target: MemoTarget, labels: Record<TargetKind, string>): string {
  switch (target.kind) {
    case 'project':
      return `${labels.project}: ${snapshot.project.name}`;
    case 'document':
      return `${labels.document}: ${snapshot.documents.find((d) => d.id === target.id)?.name ?? '—'}`;
    case 'code':
      return `${labels.code}: ${snapshot.codes.find((c) => c.id === target.id)?.label ?? '—'}`;
    case 'coding': {
      const coding = snapshot.codings.find((c) => c.id === target.id);
      const code = coding && snapshot.codes.find((c) => c.id === coding.codeId);
      return `${labels.coding}: ${code?.label ?? '—'} — “${codingQuote(snapshot, target.id, 50)}”`;
    }
  }
}

/** Memos matching a (diacritic- and case-insensitive) query and target filter, newest first. */
export function filterMemos(
  snapshot: ProjectSnapshot,
  query: string,
  kind: TargetKind | 'all',
  labels: Record<TargetKind, string>,
): Memo[] {
  const q = foldForSearch(query.trim());
  return snapshot.memos
    .filter((m) => kind === 'all' || m.target.kind === kind)
    .filter((m) => {
      if (!q) return true;
      const hay = [m.title, m.text, ...Object.values(m.prompts ?? {}), targetName(snapshot, m.target, labels), m.author].join('\n');
      return foldForSearch(hay).includes(q);
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}
