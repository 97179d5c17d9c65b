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
import { appendixRows, originSentence, treeOrder, type AppendixRow } from './appendix-rows';

export { appendixRows, originSentence, treeOrder, type AppendixRow };

export interface CodebookAppendixOptions {
  lang: Language;
  withDefinitions: boolean;
  withCounts: boolean;
  title?: string;
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
