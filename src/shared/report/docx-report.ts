/**
 * The theme report as a Word document: Word's own heading styles (Heading1–3, so the navigation
 * pane and the table of contents work), a real TOC field that Word updates on opening
 * (`updateFields`), page numbers in the footer, quotes in an indented italic "Quote" style with
 * the attribution, tables with repeating header rows and a title page on its own. Pure: runs in
 * Node and in the browser (Packer.toArrayBuffer, no Buffer).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { translate } from '../i18n';
import type { Block, ReportModel } from './model';

const FONT = 'Calibri';
/** A4 (11906 twips) minus two margins of 1440. */
const CONTENT_TWIPS = 11906 - 2 * 1440;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function tableOf(block: Extract<Block, { kind: 'table' }>): Table {
  const numeric = new Set(block.numericColumns ?? []);
  // Column widths by the longest word / line of each column (Word and LibreOffice otherwise split evenly).
  const n = block.header.length;
  const texts = (i: number) => [block.header[i], ...block.rows.map((r) => String(r[i] ?? ''))];
  const small = n > 5;
  // In characters: every column gets its longest word, then a share of what its longest line needs
  // beyond that; spare room goes to the first column (as in the PDF).
  const budget = small ? 100 : 82;
  const minC = Array.from({ length: n }, (_, i) => Math.max(...texts(i).flatMap((t) => t.split(/\s+/).map((w) => w.length))) + 4);
  const natC = Array.from({ length: n }, (_, i) => Math.min(budget * 0.6, Math.max(minC[i], ...texts(i).map((t) => t.length + 2))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let chars: number[];
  if (sum(natC) <= budget) {
    chars = natC.slice();
    chars[0] += budget - sum(natC);
  } else if (sum(minC) <= budget) {
    const share = (budget - sum(minC)) / Math.max(1, sum(natC) - sum(minC));
    chars = minC.map((w, i) => w + (natC[i] - w) * share);
  } else chars = minC;
  const widths = chars.map((c) => Math.round((c / sum(chars)) * CONTENT_TWIPS));
  const cell = (value: string | number, col: number, header: boolean) =>
    new TableCell({
      borders: BORDERS,
      width: { size: widths[col], type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      margins: { top: 40, bottom: 40, left: small ? 50 : 80, right: small ? 50 : 80 },
      children: String(value)
        .split('\n')
        .map(
          (line) =>
            new Paragraph({
              style: 'TableText',
              alignment: numeric.has(col) && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: line, size: small ? (header ? 14 : 16) : undefined, bold: header || (col === 0 && /^(Totaal|Total)$/.test(String(value))) })],
            }),
        ),
    });
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, i, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

function blockToDocx(block: Block, lang: ReportModel['lang']): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], pageBreakBefore: block.level === 1, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          style: block.style === 'muted' ? 'Muted' : block.style === 'lead' ? 'Lead' : undefined,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ numbering: { reference: 'report-bullets', level: 0 }, children: [new TextRun(item)] }));
    case 'quote':
      return [
        new Paragraph({
          style: 'Quote',
          children: [new TextRun({ text: `“${block.text}”` }), new TextRun({ text: ` ${block.attribution}`, italics: false, color: '555555' })],
        }),
      ];
    case 'table': {
      const out: FileChild[] = [];
      if (block.caption) out.push(new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }));
      out.push(tableOf(block), new Paragraph({ spacing: { after: 120 }, children: [] }));
      return out;
    }
    case 'toc':
      return [
        new Paragraph({ style: 'TocTitle', children: [new TextRun(translate(lang, 'report.toc'))] }),
        new TableOfContents(translate(lang, 'report.toc'), { hyperlink: true, headingStyleRange: '1-3' }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export async function buildReportDocx(model: ReportModel): Promise<Uint8Array> {
  const lang = model.lang;
  const body: FileChild[] = [];
  // Chapters (Heading 1) start on a new page by their style, so a page break right before one is dropped.
  model.blocks.forEach((block, i) => {
    const next = model.blocks[i + 1];
    if (block.kind === 'pageBreak' && next?.kind === 'heading' && next.level === 1) return;
    body.push(...blockToDocx(block, lang));
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '555555' })],
      }),
    ],
  });
  const sections = [];
  if (model.titlePage.length) {
    const [title, ...rest] = model.titlePage;
    sections.push({
      properties: { page: { size: { width: 11906, height: 16838 } } },
      children: [
        new Paragraph({ spacing: { before: 3600 }, children: [] }),
        new Paragraph({ style: 'Title', children: [new TextRun(title)] }),
        ...rest.map((line, i) => new Paragraph({ style: i === 0 ? 'Subtitle' : 'TitleLine', children: [new TextRun(line)] })),
      ],
    });
  }
  sections.push({ properties: { page: { size: { width: 11906, height: 16838 }, pageNumbers: { start: 1 } } }, footers: { default: footer }, children: body });
  const doc = new Document({
    creator: 'Werkbank',
    title: model.title,
    subject: model.subtitle,
    description: model.subtitle,
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: 'report-bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 0, after: 160 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, outlineLevel: 1 } },
        heading3: { run: { font: FONT, size: 23, bold: true, italics: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 } },
        title: { run: { font: FONT, size: 52, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
      },
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true }, paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 160 } } },
        { id: 'Muted', name: 'Werkbank Muted', basedOn: 'Normal', next: 'Normal', run: { color: '666666', size: 19 } },
        { id: 'Lead', name: 'Werkbank Lead', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { keepNext: true } },
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 19, color: '1F3864' }, paragraph: { spacing: { before: 200, after: 80 } } },
        { id: 'TableText', name: 'Werkbank Table Text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 0, line: 240 } } },
        { id: 'TocTitle', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: '2F5496' }, paragraph: { spacing: { after: 600 } } },
        { id: 'TitleLine', name: 'Werkbank Title Line', basedOn: 'Normal', next: 'Normal', run: { size: 24, color: '444444' } },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
