/**
 * The code list as the appendix shows it (numbered open codes under their axial codes), shared by
 * the codebook appendix (DOCX) and the theme report. No docx import here: the report preview in
 * the app loads this eagerly, the docx library only when a file is written.
 */
import { translate } from '../i18n';
import type { Code, Language, ProjectSnapshot } from '../model/types';
import { treeOrder } from './project-tree';

export { treeOrder };

export interface AppendixRow {
  number: number;
  code: Code;
  /** Axial (parent) label, only on the first row of its group. */
  axial: string;
  /** Selective (grandparent and up) label, only on the first row of its group. */
  selective: string;
}

/**
 * The rows of the open/axial table. Open codes are the codes with level "open" when the project
 * has any, else every code without children. Their parent is the axial code; anything above that
 * (joined with " > ") is the selective column.
 */
export function appendixRows(codes: readonly Code[]): { rows: AppendixRow[]; rest: { code: Code; depth: number }[] } {
  const ordered = treeOrder(codes);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const hasChildren = new Set(codes.map((c) => c.parentId).filter((p): p is string => p !== null));
  const levelled = codes.some((c) => c.level === 'open');
  const isOpen = (c: Code) => (levelled ? c.level === 'open' : !hasChildren.has(c.id));
  const rows: AppendixRow[] = [];
  const inTable = new Set<string>();
  let lastAxial: string | null | undefined;
  let lastSelective: string | undefined;
  for (const { code } of ordered) {
    if (!isOpen(code)) continue;
    const parent = code.parentId !== null ? byId.get(code.parentId) : undefined;
    const above: string[] = [];
    for (let p = parent?.parentId ? byId.get(parent.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) above.unshift(p.label);
    const selective = above.join(' > ');
    const axialId = parent?.id ?? null;
    rows.push({
      number: rows.length + 1,
      code,
      axial: axialId !== lastAxial && parent ? parent.label : '',
      selective: selective !== lastSelective ? selective : '',
    });
    lastAxial = axialId;
    lastSelective = selective;
    inTable.add(code.id);
    if (parent) inTable.add(parent.id);
  }
  // Ancestors above the axial level are shown in the selective column, so they are in the table too.
  for (const r of rows) {
    let p = r.code.parentId ? byId.get(r.code.parentId)?.parentId : null;
    while (p) {
      inTable.add(p);
      p = byId.get(p)?.parentId ?? null;
    }
  }
  const rest = ordered.filter((o) => !inTable.has(o.code.id));
  return { rows, rest };
}

/** The origin sentence ("Aangepast van: …") or null when the codebook was made from scratch. */
export function originSentence(snapshot: Pick<ProjectSnapshot, 'project'>, lang: Language): string | null {
  const o = snapshot.project.codebookOrigin;
  if (!o) return null;
  switch (o.kind) {
    case 'predefined':
      return translate(lang, 'codebook.export.adaptedFrom', { citation: o.citation || o.title });
    case 'qdc':
      return translate(lang, 'codebook.export.fromQdc', { file: o.fileName });
    case 'project':
      return translate(lang, 'codebook.export.fromProject', { name: o.projectName });
    default:
      return null;
  }
}
