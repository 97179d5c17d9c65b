/**
 * Crosstab of codes (rows) against respondent role, document or a respondent attribute (columns).
 * Measure 'fragments' counts codings; 'respondents' counts distinct respondents. For role and
 * attribute columns only fragments in a respondent's turn count (the interviewer has no role).
 * Totals: for fragments the sums; for respondents the distinct respondents of the row / column
 * (a respondent appearing in two cells counts once in the total).
 */
import { RESPONDENT_ROLES, type ProjectSnapshot } from '../model/types';
import { analysisIndex, codesInTreeOrder, withDescendants, type CodingPlace } from './retrieval';

export type CrosstabColumns = 'role' | 'document' | { attribute: string };

export interface CrosstabOptions {
  columns: CrosstabColumns;
  measure: 'fragments' | 'respondents';
  codeIds?: string[];
  /** A code's row also counts its descendants' codings (default false). */
  includeDescendants?: boolean;
}

export interface CrosstabResult {
  rowIds: string[];
  /** Column keys: roles, document ids or attribute values. */
  columns: string[];
  /** Display labels of the columns (document names for document columns, else the keys). */
  columnLabels: string[];
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  /** Grand total (fragments: the sum; respondents: distinct respondents in the whole table). */
  total: number;
}

export function crosstab(snapshot: ProjectSnapshot, options: CrosstabOptions): CrosstabResult {
  const index = analysisIndex(snapshot);
  const rowIds = options.codeIds ? options.codeIds.filter((id) => index.codes.has(id)) : codesInTreeOrder(index).map((c) => c.id);
  const cols = options.columns;
  const columnOf = (p: CodingPlace): string | undefined => {
    if (cols === 'document') return p.document.id;
    if (!p.respondent) return undefined;
    if (cols === 'role') return p.respondent.role;
    return p.respondent.attributes[cols.attribute];
  };
  let columns: string[];
  let columnLabels: string[];
  if (cols === 'document') {
    const docs = snapshot.documents.slice().sort((a, b) => (index.docOrder.get(a.id) ?? 0) - (index.docOrder.get(b.id) ?? 0));
    columns = docs.map((d) => d.id);
    columnLabels = docs.map((d) => d.name);
  } else {
    const values = new Set<string>();
    for (const r of snapshot.respondents) {
      const v = cols === 'role' ? r.role : r.attributes[cols.attribute];
      if (v !== undefined) values.add(v);
    }
    const known = RESPONDENT_ROLES as readonly string[];
    const rank = (v: string) => (cols === 'role' && known.includes(v) ? known.indexOf(v) : known.length);
    columns = [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl'));
    columnLabels = columns.slice();
  }
  const colPos = new Map(columns.map((c, i) => [c, i]));
  const respondentsMeasure = options.measure === 'respondents';
  const cellSets = rowIds.map(() => columns.map(() => new Set<string>()));
  const cells = rowIds.map(() => columns.map(() => 0));
  const rowSets = rowIds.map(() => new Set<string>());
  const colSets = columns.map(() => new Set<string>());
  const allSet = new Set<string>();
  rowIds.forEach((codeId, i) => {
    const ids = options.includeDescendants ? withDescendants(index, [codeId]) : [codeId];
    for (const id of ids) {
      for (const c of index.byCode(id)) {
        const p = index.place(c);
        if (!p) continue;
        const key = columnOf(p);
        const j = key === undefined ? undefined : colPos.get(key);
        if (j === undefined) continue;
        if (!respondentsMeasure) {
          cells[i][j]++;
        } else if (p.respondent) {
          cellSets[i][j].add(p.respondent.id);
          rowSets[i].add(p.respondent.id);
          colSets[j].add(p.respondent.id);
          allSet.add(p.respondent.id);
        }
      }
    }
  });
  if (respondentsMeasure) {
    cellSets.forEach((row, i) => row.forEach((s, j) => (cells[i][j] = s.size)));
    return { rowIds, columns, columnLabels, cells, rowTotals: rowSets.map((s) => s.size), columnTotals: colSets.map((s) => s.size), total: allSet.size };
  }
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => cells.reduce((a, row) => a + row[j], 0));
  return { rowIds, columns, columnLabels, cells, rowTotals, columnTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
}
