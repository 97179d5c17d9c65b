/**
 * Coded fragments as a table (CSV, XLSX) or as a Word document grouped per code, selected with the
 * same filters as retrieval (`RetrievalQuery`). Every text that leaves Werkbank here goes through
 * `pseudonymise` with the project's names to hide (plus speaker labels that are respondents' real
 * names); respondents appear by pseudonym and role only, never by speaker label.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { analysisIndex, codesInTreeOrder, retrieve, withDescendants, type Fragment, type RetrievalQuery } from '../analysis/retrieval';
import { tableToCsv } from '../analysis/table-export';
import { translate } from '../i18n';
import type { Language, ProjectSnapshot } from '../model/types';
import { attributionFor, cachedPseudonymise, exportRules, formatTimestamp } from './pseudonymise';
import { tableToXlsx } from './xlsx-export';

export interface FragmentTable {
  header: string[];
  rows: string[][];
}

/** Attribute keys of all respondents, in first-seen order (one column each). */
function attributeKeys(snapshot: ProjectSnapshot): string[] {
  const keys: string[] = [];
  for (const r of snapshot.respondents) for (const k of Object.keys(r.attributes)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Theme labels per code id (a theme covers its categories and their descendants). */
function themesByCode(snapshot: ProjectSnapshot): Map<string, string[]> {
  const index = analysisIndex(snapshot);
  const out = new Map<string, string[]>();
  const themes = snapshot.themes.slice().sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  for (const theme of themes) {
    for (const id of withDescendants(index, theme.categoryIds)) {
      const list = out.get(id) ?? [];
      list.push(theme.label);
      out.set(id, list);
    }
  }
  return out;
}

/** Memo texts attached to codings, per coding id (built once: a scan per row is quadratic). */
function codingMemos(snapshot: ProjectSnapshot): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of snapshot.memos) {
    if (m.target.kind !== 'coding' || !m.text.trim()) continue;
    const list = out.get(m.target.id) ?? [];
    list.push(m.text.trim());
    out.set(m.target.id, list);
  }
  return out;
}

/** The coding's memo field and any memos attached to the coding, joined by a blank line. */
function memoOf(memos: Map<string, string[]>, fragment: Fragment): string {
  const parts: string[] = [];
  if (fragment.coding.memo?.trim()) parts.push(fragment.coding.memo.trim());
  parts.push(...(memos.get(fragment.coding.id) ?? []));
  return parts.join('\n\n');
}

/**
 * One row per fragment: document, respondent pseudonym, role, one column per attribute, code,
 * category (the code's parent), theme(s), valence, start and end time of the turn, fragment text,
 * memo, coder and review status (left empty for now). All cells are pseudonymised.
 */
export function fragmentRows(snapshot: ProjectSnapshot, query: RetrievalQuery, lang: Language): FragmentTable {
  const p = cachedPseudonymise(exportRules(snapshot));
  const t = (key: string) => translate(lang, key);
  const keys = attributeKeys(snapshot);
  const memos = codingMemos(snapshot);
  const themes = themesByCode(snapshot);
  const index = analysisIndex(snapshot);
  const header = [
    t('export.column.document'),
    t('export.column.pseudonym'),
    t('export.column.role'),
    ...keys.map(p),
    t('export.column.code'),
    t('export.column.category'),
    t('export.column.themes'),
    t('export.column.valence'),
    t('export.column.startTime'),
    t('export.column.endTime'),
    t('export.column.text'),
    t('export.column.memo'),
    t('export.column.coder'),
    t('export.column.review'),
  ];
  const rows = retrieve(snapshot, query, false).map((f) => {
    const turn = f.turnIndex >= 0 ? f.document.turns[f.turnIndex] : undefined;
    const parent = f.code.parentId ? index.codes.get(f.code.parentId) : undefined;
    const cells = [
      f.document.name,
      f.respondent?.pseudonym ?? '',
      f.respondent?.role ?? '',
      ...keys.map((k) => f.respondent?.attributes[k] ?? ''),
      f.code.label,
      parent?.label ?? '',
      (themes.get(f.code.id) ?? []).join('; '),
      f.coding.valence ? t(`export.valence.${f.coding.valence}`) : '',
      turn?.startTime !== undefined ? formatTimestamp(turn.startTime) : '',
      turn?.endTime !== undefined ? formatTimestamp(turn.endTime) : '',
      f.text,
      memoOf(memos, f),
      f.coding.coder,
      '',
    ];
    return cells.map(p);
  });
  return { header, rows };
}

export interface FragmentsCsvOptions {
  separator: ',' | ';';
}

/** The fragment table as CSV: UTF-8 BOM, RFC 4180 quoting, CRLF; `;` for Dutch Excel. */
export function fragmentsToCsv(
  snapshot: ProjectSnapshot,
  query: RetrievalQuery,
  lang: Language,
  options: FragmentsCsvOptions = { separator: ';' },
): string {
  const { header, rows } = fragmentRows(snapshot, query, lang);
  return tableToCsv(header, rows, { separator: options.separator });
}

/** The fragment table as an .xlsx workbook (bold frozen header, column widths, wrapped text). */
export async function fragmentsToXlsx(snapshot: ProjectSnapshot, query: RetrievalQuery, lang: Language): Promise<Uint8Array> {
  const { header, rows } = fragmentRows(snapshot, query, lang);
  const textCol = header.length - 4;
  const memoCol = header.length - 3;
  const widths = header.map((h, i) => (i === textCol ? 80 : i === memoCol ? 50 : Math.min(30, Math.max(10, h.length + 2))));
  return tableToXlsx({
    sheetName: translate(lang, 'export.sheet.fragments'),
    header,
    rows,
    widths,
    wrapColumns: header.map((_, i) => i),
  });
}

/**
 * The fragments as a Word document: a heading per code (codebook order) and each fragment as an
 * indented, italic quote followed by its attribution "(orthopedagoog, interview 3, 00:12:41)".
 */
export async function fragmentsToDocx(snapshot: ProjectSnapshot, query: RetrievalQuery, lang: Language): Promise<Uint8Array> {
  const p = cachedPseudonymise(exportRules(snapshot));
  const memos = codingMemos(snapshot);
  const fragments = retrieve(snapshot, query, false);
  const byCode = new Map<string, Fragment[]>();
  for (const f of fragments) {
    const list = byCode.get(f.code.id) ?? [];
    list.push(f);
    byCode.set(f.code.id, list);
  }
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(p(translate(lang, 'export.docx.title', { project: snapshot.project.name })))],
    }),
    new Paragraph({ children: [new TextRun({ text: translate(lang, 'export.docx.count', { count: fragments.length }), italics: true })] }),
  ];
  if (fragments.length === 0) children.push(new Paragraph({ children: [new TextRun(translate(lang, 'export.docx.empty'))] }));
  const multiline = (text: string, italics: boolean) =>
    text.split('\n').map((line, i) => new TextRun({ text: line, italics, break: i > 0 ? 1 : undefined }));
  for (const code of codesInTreeOrder(analysisIndex(snapshot))) {
    const list = byCode.get(code.id);
    if (!list) continue;
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${p(code.label)} (${translate(lang, 'export.docx.count', { count: list.length })})`)],
      }),
    );
    for (const f of list) {
      children.push(
        new Paragraph({
          indent: { left: 720, right: 720 },
          spacing: { before: 160 },
          children: [new TextRun({ text: '“', italics: true }), ...multiline(p(f.text), true), new TextRun({ text: '”', italics: true })],
        }),
        new Paragraph({
          indent: { left: 720, right: 720 },
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: p(attributionFor(snapshot, { documentId: f.document.id, start: f.coding.start, end: f.coding.end }, lang)), size: 20 })],
        }),
      );
      const memo = memoOf(memos, f);
      if (memo) {
        children.push(
          new Paragraph({
            indent: { left: 720, right: 720 },
            children: multiline(p(translate(lang, 'export.docx.memo', { memo })), false),
          }),
        );
      }
    }
  }
  const doc = new Document({
    creator: 'Werkbank',
    title: p(translate(lang, 'export.docx.title', { project: snapshot.project.name })),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
