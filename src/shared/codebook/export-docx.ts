/**
 * The code list as a Word appendix, in the style of seed 000's "Bijlage I Codelijst": a table
 * "Open coderen" | "Axiaal coderen" with the open codes numbered 1…n under their axial code (the
 * axial label on the row of its first open code). Codes that are neither open codes nor their
 * axial parents (selective codes, theoretical frameworks) follow in a second table, indented by
 * depth. The codebook change log closes the appendix. Pure: runs in Node and in the browser
 * (Packer.toArrayBuffer, no Buffer).
 */
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { translate } from '../i18n';
import type { Code, Language, ProjectSnapshot } from '../model/types';
import { codingCounts } from './commands';
import { treeOrder } from './project-tree';

export { treeOrder };

export interface CodebookAppendixOptions {
  lang: Language;
  withDefinitions: boolean;
  withCounts: boolean;
  title?: string;
}

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

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, opts: { bold?: boolean; indent?: number; width?: number } = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    borders: BORDERS,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: lines.map(
      (line) =>
        new Paragraph({
          indent: opts.indent ? { left: opts.indent * 360 } : undefined,
          children: [new TextRun({ text: line, bold: opts.bold })],
        }),
    ),
  });
}

function table(header: string[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true })) }),
      ...rows.map((children) => new TableRow({ children })),
    ],
  });
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

export async function buildCodebookAppendixDocx(snapshot: ProjectSnapshot, options: CodebookAppendixOptions): Promise<Uint8Array> {
  const t = (key: string, params?: Record<string, string | number>) => translate(options.lang, key, params);
  const counts = codingCounts(snapshot);
  const { rows, rest } = appendixRows(snapshot.codes);
  const withSelective = rows.some((r) => r.selective !== '');
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(options.title ?? t('codebook.export.heading'))] }),
  ];
  const origin = originSentence(snapshot, options.lang);
  if (origin) children.push(new Paragraph({ children: [new TextRun({ text: origin, italics: true })] }));

  const header = [t('codebook.export.number'), t('codebook.export.open'), t('codebook.export.axial')];
  if (withSelective) header.push(t('codebook.export.selective'));
  if (options.withDefinitions) header.push(t('codebook.export.definition'));
  if (options.withCounts) header.push(t('codebook.export.counts'));
  const definition = (c: Code) =>
    [c.description, c.inclusion && `+ ${c.inclusion}`, c.exclusion && `− ${c.exclusion}`, c.example && `“${c.example}”`].filter(Boolean).join('\n');
  if (rows.length) {
    children.push(
      table(
        header,
        rows.map((r) => {
          const cells = [cell(`${r.number}.`), cell(r.code.label), cell(r.axial, { bold: r.axial !== '' })];
          if (withSelective) cells.push(cell(r.selective));
          if (options.withDefinitions) cells.push(cell(definition(r.code)));
          if (options.withCounts) cells.push(cell(String(counts.get(r.code.id) ?? 0)));
          return cells;
        }),
      ),
    );
  }
  if (rest.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('codebook.export.selective'))] }));
    const restHeader = [t('codebook.csv.label')];
    if (options.withDefinitions) restHeader.push(t('codebook.export.definition'));
    if (options.withCounts) restHeader.push(t('codebook.export.counts'));
    children.push(
      table(
        restHeader,
        rest.map(({ code, depth }) => {
          const cells = [cell(code.label, { indent: depth, bold: depth === 0 })];
          if (options.withDefinitions) cells.push(cell(definition(code)));
          if (options.withCounts) cells.push(cell(String(counts.get(code.id) ?? 0)));
          return cells;
        }),
      ),
    );
  }
  if (snapshot.codebookLog.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t('codebook.export.logHeading'))] }));
    const log = [...snapshot.codebookLog].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    children.push(
      table(
        [t('codebook.export.logDate'), t('codebook.export.logCoder'), t('codebook.export.logChange')],
        log.map((e) => [cell(e.at.slice(0, 10)), cell(e.coder), cell(capitalise(t(e.action, e.params)))]),
      ),
    );
  }
  const doc = new Document({
    creator: 'Werkbank',
    title: options.title ?? t('codebook.export.heading'),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
