/**
 * The theme report as a PDF (pdf-lib + fontkit): A4, embedded DejaVu subsets (the font bytes are
 * passed in: Node reads them from `dejavu-fonts-ttf`, the browser fetches them), word-wrapped
 * paragraphs, numbered headings (chapters on a new page), indented italic quotes with their
 * attribution, tables with wrapping cells and a repeated header row, page numbers, a contents page
 * at the front filled in after the layout, and a PDF outline. Pure: no DOM, no Node.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, rgb, type PDFFont, type PDFPage, type PDFRef, type RGB } from 'pdf-lib';
import { translate } from '../i18n';
import type { Block, ReportModel } from './model';

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic?: Uint8Array;
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 70;
const MARGIN_TOP = 72;
const MARGIN_BOTTOM = 72;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const BODY = 10.5;
const LEADING = 1.45;

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const ACCENT = rgb(0.12, 0.22, 0.39);
const ACCENT2 = rgb(0.18, 0.33, 0.59);
const RULE = rgb(0.72, 0.72, 0.72);
const SHADE = rgb(0.91, 0.9, 0.9);

interface Run {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
}

interface Token extends Run {
  width: number;
  space: boolean;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** Makes text drawable: NFC (so "e\u0301" is one glyph), no control or zero-width characters, no glyphs the font lacks. */
function drawable(text: string, font: PDFFont, cache: Map<PDFFont, Set<number>>): string {
  let set = cache.get(font);
  if (!set) cache.set(font, (set = new Set(font.getCharacterSet())));
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0)!;
    if (set.has(cp)) out += ch;
    else if (/[\p{Cc}\p{Cf}\uFE00-\uFE0F]|[\u{1F3FB}-\u{1F3FF}]/u.test(ch)) continue;
    else out += set.has(0x25a1) ? '□' : '?';
  }
  return out;
}

class Layout {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  readonly charsets = new Map<PDFFont, Set<number>>();
  /** Headings with the page index they landed on (for the contents page and the outline). */
  readonly headings: { level: number; text: string; pageIndex: number; y: number }[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {}

  newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = PAGE_H - MARGIN_TOP;
  }

  get atTop(): boolean {
    return this.y >= PAGE_H - MARGIN_TOP - 0.5;
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN_BOTTOM && !this.atTop) this.newPage();
  }

  run(text: string, font: PDFFont, size: number, color: RGB = INK): Run {
    return { text: drawable(text, font, this.charsets), font, size, color };
  }

  width(text: string, font: PDFFont, size: number): number {
    return font.widthOfTextAtSize(text, size);
  }

  /** Breaks runs into lines of at most `width`; words longer than a line are split. */
  wrap(runs: Run[], width: number): Token[][] {
    const tokens: Token[] = [];
    for (const r of runs) {
      for (const part of r.text.split(/(\s+)/)) {
        if (part === '') continue;
        const space = /^\s+$/.test(part);
        if (space && part.includes('\n')) {
          tokens.push({ ...r, text: '\n', width: 0, space: true });
          continue;
        }
        const text = space ? ' ' : part;
        tokens.push({ ...r, text, width: this.width(text, r.font, r.size), space });
      }
    }
    const lines: Token[][] = [];
    let line: Token[] = [];
    let w = 0;
    const flush = () => {
      while (line.length && line[line.length - 1].space) line.pop();
      lines.push(line);
      line = [];
      w = 0;
    };
    for (const tok of tokens) {
      if (tok.text === '\n') {
        flush();
        continue;
      }
      if (tok.space) {
        if (line.length) {
          line.push(tok);
          w += tok.width;
        }
        continue;
      }
      if (w + tok.width > width && line.length) flush();
      if (tok.width > width) {
        // A word longer than the line: split it character by character.
        let piece = '';
        for (const ch of tok.text) {
          const next = piece + ch;
          if (this.width(next, tok.font, tok.size) > width && piece) {
            line.push({ ...tok, text: piece, width: this.width(piece, tok.font, tok.size) });
            flush();
            piece = ch;
          } else piece = next;
        }
        tok.text = piece;
        tok.width = this.width(piece, tok.font, tok.size);
      }
      line.push(tok);
      w += tok.width;
    }
    if (line.length || lines.length === 0) flush();
    return lines;
  }

  lineHeight(line: Token[], fallback: number): number {
    return Math.max(fallback, ...line.map((t) => t.size)) * LEADING;
  }

  drawLine(line: Token[], x: number, baseline: number, page: PDFPage = this.page): void {
    let cx = x;
    // Merge neighbouring tokens of the same style into one text operation.
    let i = 0;
    while (i < line.length) {
      const t = line[i];
      let text = t.text;
      let w = t.width;
      let j = i + 1;
      while (j < line.length && line[j].font === t.font && line[j].size === t.size && line[j].color === t.color) {
        text += line[j].text;
        w += line[j].width;
        j++;
      }
      if (text.trim() !== '') page.drawText(text, { x: cx, y: baseline, font: t.font, size: t.size, color: t.color });
      cx += w;
      i = j;
    }
  }

  /** A wrapped paragraph at `indent` (left) within `width`, with space after. */
  paragraph(runs: Run[], opts: { indent?: number; width?: number; after?: number; align?: 'left' | 'center'; before?: number } = {}): void {
    const indent = opts.indent ?? 0;
    const width = opts.width ?? CONTENT_W - indent;
    const size = runs[0]?.size ?? BODY;
    const lines = this.wrap(runs, width);
    if (opts.before && !this.atTop) this.y -= opts.before;
    for (const [k, line] of lines.entries()) {
      const h = this.lineHeight(line, size);
      // Avoid a single orphan line at the bottom of a page.
      this.ensure(k === 0 && lines.length > 1 ? h * 2 : h);
      const lineW = line.reduce((s, t) => s + t.width, 0);
      const x = MARGIN_X + indent + (opts.align === 'center' ? (width - lineW) / 2 : 0);
      this.drawLine(line, x, this.y - size);
      this.y -= h;
    }
    this.y -= opts.after ?? size * 0.6;
  }
}

function headingStyle(level: 1 | 2 | 3, fonts: Fonts) {
  if (level === 1) return { font: fonts.bold, size: 17, color: ACCENT, before: 0, after: 10 };
  if (level === 2) return { font: fonts.bold, size: 13.5, color: ACCENT2, before: 14, after: 6 };
  return { font: fonts.bold, size: 11.5, color: ACCENT2, before: 10, after: 4 };
}

function drawTable(L: Layout, block: Extract<Block, { kind: 'table' }>): void {
  const { fonts } = L;
  const pad = 3.5;
  // Wide tables (many roles) get a smaller font until their longest words fit.
  let size = 9;
  const longestWords = (sz: number) =>
    block.header.reduce((sum, h, i) => {
      const words = [[h, fonts.bold] as const, ...block.rows.map((r) => [String(r[i] ?? ''), fonts.regular] as const)].flatMap(([text, font]) =>
        text.split(/\s+/).map((w) => L.width(drawable(w, font, L.charsets), font, sz)),
      );
      return sum + Math.max(...words) + 2 * pad + 1;
    }, 0);
  while (size > 7 && longestWords(size) > CONTENT_W) size -= 0.5;
  const lh = size * 1.35;
  const numeric = new Set(block.numericColumns ?? []);
  const n = block.header.length;
  if (block.caption) {
    L.ensure(lh * 4);
    L.paragraph([L.run(block.caption, fonts.bold, 9.5, ACCENT)], { after: 4 });
  }
  // Column widths: each column gets at least its longest word, then the rest of the width in
  // proportion to how much more its longest line needs; spare width goes to the first column.
  const cellsOf = (i: number): [string, PDFFont][] => [[block.header[i], fonts.bold], ...block.rows.map((r): [string, PDFFont] => [String(r[i] ?? ''), fonts.regular])];
  const measure = (text: string, font: PDFFont) => L.width(drawable(text, font, L.charsets), font, size);
  const minW = Array.from({ length: n }, (_, i) => Math.max(...cellsOf(i).flatMap(([text, font]) => text.split(/\s+/).map((w) => measure(w, font)))) + 2 * pad + 1);
  const natW = Array.from({ length: n }, (_, i) => Math.min(CONTENT_W * 0.6, Math.max(minW[i], ...cellsOf(i).map(([text, font]) => measure(text, font) + 2 * pad + 1))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(natW) <= CONTENT_W) {
    widths = natW.slice();
    widths[0] += CONTENT_W - sum(natW);
  } else if (sum(minW) <= CONTENT_W) {
    const extra = natW.map((w, i) => w - minW[i]);
    const share = (CONTENT_W - sum(minW)) / Math.max(1, sum(extra));
    widths = minW.map((w, i) => w + extra[i] * share);
  } else {
    widths = minW.map((w) => (w / sum(minW)) * CONTENT_W);
  }
  const cellLines = (row: (string | number)[], header: boolean) =>
    row.map((v, i) => L.wrap([L.run(String(v ?? ''), header ? fonts.bold : fonts.regular, size)], widths[i] - 2 * pad));
  const drawRow = (row: (string | number)[], header: boolean) => {
    const lines = cellLines(row, header);
    const h = Math.max(...lines.map((l) => l.length)) * lh + 2 * pad;
    if (L.y - h < MARGIN_BOTTOM && !L.atTop) {
      L.newPage();
      if (!header) drawRow(block.header, true);
    }
    const top = L.y;
    let x = MARGIN_X;
    const isTotal = !header && /^(Totaal|Total)$/.test(String(row[0]));
    if (header) L.page.drawRectangle({ x, y: top - h, width: CONTENT_W, height: h, color: SHADE });
    lines.forEach((cell, i) => {
      cell.forEach((line, k) => {
        const lw = line.reduce((s, t) => s + t.width, 0);
        const tx = numeric.has(i) && !header ? x + widths[i] - pad - lw : x + pad;
        if (isTotal) line.forEach((t) => (t.font = fonts.bold));
        L.drawLine(line, tx, top - pad - size - k * lh + 1.5);
      });
      x += widths[i];
    });
    L.page.drawLine({ start: { x: MARGIN_X, y: top - h }, end: { x: MARGIN_X + CONTENT_W, y: top - h }, thickness: header || isTotal ? 0.8 : 0.4, color: header ? ACCENT : RULE });
    if (header) L.page.drawLine({ start: { x: MARGIN_X, y: top }, end: { x: MARGIN_X + CONTENT_W, y: top }, thickness: 0.8, color: ACCENT });
    L.y = top - h;
  };
  L.ensure(lh * 3 + 4 * pad);
  drawRow(block.header, true);
  for (const row of block.rows) drawRow(row, false);
  L.y -= 12;
}

/** Lines of the contents page for a list of headings, each [level, text]. */
function tocLines(L: Layout, headings: { level: number; text: string }[]): Token[][][] {
  return headings.map((h) => {
    const font = h.level === 1 ? L.fonts.bold : L.fonts.regular;
    return L.wrap([L.run(h.text, font, h.level === 1 ? 10.5 : 10)], CONTENT_W - 40 - (h.level - 1) * 18);
  });
}

export async function buildReportPdf(model: ReportModel, fontBytes: ReportFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fontBytes.regular, { subset: true });
  const bold = await doc.embedFont(fontBytes.bold, { subset: true });
  const italic = fontBytes.italic ? await doc.embedFont(fontBytes.italic, { subset: true }) : regular;
  const fonts: Fonts = { regular, bold, italic };
  const t = (key: string, params?: Record<string, string | number>) => translate(model.lang, key, params);
  doc.setTitle(model.title);
  if (model.subtitle) doc.setSubject(model.subtitle);
  if (model.author) doc.setAuthor(model.author);
  doc.setCreator('Werkbank');
  doc.setProducer('Werkbank (pdf-lib)');
  doc.setLanguage(model.lang === 'nl' ? 'nl-NL' : 'en-GB');

  const L = new Layout(doc, fonts);

  // Title page.
  let frontPages = 0;
  if (model.titlePage.length) {
    L.newPage();
    frontPages++;
    L.y = PAGE_H * 0.62;
    const [title, ...rest] = model.titlePage;
    L.paragraph([L.run(title, bold, 24, ACCENT)], { after: 10 });
    L.page.drawLine({ start: { x: MARGIN_X, y: L.y }, end: { x: MARGIN_X + 120, y: L.y }, thickness: 2, color: ACCENT2 });
    L.y -= 18;
    rest.forEach((line, i) => L.paragraph([L.run(line, i === 0 ? regular : regular, i === 0 ? 15 : 11, i === 0 ? ACCENT2 : MUTED)], { after: i === 0 ? 24 : 4 }));
  }

  // Contents pages: reserved now (their number depends only on the headings), filled in at the end.
  const headingBlocks = model.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  const hasToc = model.blocks.some((b) => b.kind === 'toc');
  const tocPages: PDFPage[] = [];
  if (hasToc) {
    const lines = tocLines(L, headingBlocks);
    let y = PAGE_H - MARGIN_TOP - 17 * LEADING - 10;
    L.newPage();
    tocPages.push(L.page);
    lines.forEach((entry, i) => {
      const h = entry.length * 10.5 * LEADING + (headingBlocks[i].level === 1 ? 6 : 0);
      if (y - h < MARGIN_BOTTOM) {
        L.newPage();
        tocPages.push(L.page);
        y = PAGE_H - MARGIN_TOP;
      }
      y -= h;
    });
  }

  // Body.
  L.newPage();
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'toc':
        break;
      case 'pageBreak':
        if (!L.atTop) L.newPage();
        break;
      case 'heading': {
        const s = headingStyle(block.level, fonts);
        if (block.level === 1 && !L.atTop) L.newPage();
        L.ensure(s.size * LEADING + s.before + BODY * LEADING * 3);
        if (!L.atTop) L.y -= s.before;
        L.headings.push({ level: block.level, text: block.text, pageIndex: L.pages.length - 1, y: L.y });
        L.paragraph([L.run(block.text, s.font, s.size, s.color)], { after: s.after });
        if (block.level === 1) {
          L.page.drawLine({ start: { x: MARGIN_X, y: L.y + 4 }, end: { x: MARGIN_X + CONTENT_W, y: L.y + 4 }, thickness: 0.6, color: RULE });
          L.y -= 6;
        }
        break;
      }
      case 'paragraph': {
        const style = block.style ?? 'normal';
        const run =
          style === 'muted'
            ? L.run(block.text, italic, BODY - 1, MUTED)
            : style === 'lead'
              ? L.run(block.text, bold, BODY, INK)
              : L.run(block.text, regular, BODY, INK);
        if (style === 'lead') L.ensure(BODY * LEADING * 3);
        L.paragraph([run], { after: style === 'muted' ? 5 : 7 });
        break;
      }
      case 'bullets':
        for (const item of block.items) {
          const depth = (/^ */.exec(item)?.[0].length ?? 0) / 4;
          const indent = 14 + depth * 14;
          L.ensure(BODY * LEADING);
          L.page.drawText('•', { x: MARGIN_X + indent - 10, y: L.y - BODY, font: regular, size: BODY, color: ACCENT2 });
          L.paragraph([L.run(item.trim(), regular, BODY)], { indent, after: 2 });
        }
        L.y -= 5;
        break;
      case 'quote': {
        const indent = 28;
        const width = CONTENT_W - 2 * indent;
        const runs = [L.run(`“${block.text}”`, italic, BODY, INK), L.run(` ${block.attribution}`, regular, BODY - 1, MUTED)];
        const lines = L.wrap(runs, width);
        const lh = BODY * LEADING;
        L.ensure(Math.min(lines.length, 3) * lh + 4);
        L.y -= 3;
        let top = L.y;
        const bar = (from: number, to: number) =>
          L.page.drawLine({ start: { x: MARGIN_X + indent - 10, y: from + 2 }, end: { x: MARGIN_X + indent - 10, y: to + 2 }, thickness: 1.5, color: block.valence === 'belemmerend' ? rgb(0.75, 0.45, 0.35) : block.valence === 'bevorderend' ? rgb(0.35, 0.6, 0.4) : RULE });
        for (const line of lines) {
          if (L.y - lh < MARGIN_BOTTOM) {
            bar(top, L.y);
            L.newPage();
            top = L.y;
          }
          L.drawLine(line, MARGIN_X + indent, L.y - BODY);
          L.y -= lh;
        }
        bar(top, L.y);
        L.y -= 9;
        break;
      }
      case 'table':
        drawTable(L, block);
        break;
    }
  }

  // Page numbers: the title page is not numbered; the contents page is page 1.
  const displayNo = (pageIndex: number) => pageIndex - frontPages + 1;
  L.pages.forEach((page, i) => {
    if (i < frontPages) return;
    const label = String(displayNo(i));
    const w = regular.widthOfTextAtSize(label, 9);
    page.drawText(label, { x: (PAGE_W - w) / 2, y: MARGIN_BOTTOM / 2, font: regular, size: 9, color: MUTED });
    if (i > frontPages) {
      const head = drawable(model.title, italic, L.charsets);
      const hw = italic.widthOfTextAtSize(head, 8);
      if (hw < CONTENT_W) page.drawText(head, { x: PAGE_W - MARGIN_X - hw, y: PAGE_H - MARGIN_TOP / 2, font: italic, size: 8, color: MUTED });
    }
  });

  // Contents page(s), now that every heading has its page.
  if (hasToc) {
    let p = 0;
    let page = tocPages[0];
    let y = PAGE_H - MARGIN_TOP;
    const title = L.run(t('report.toc'), bold, 17, ACCENT);
    page.drawText(title.text, { x: MARGIN_X, y: y - 17, font: bold, size: 17, color: ACCENT });
    y -= 17 * LEADING + 10;
    const lines = tocLines(L, L.headings);
    L.headings.forEach((h, i) => {
      const entry = lines[i];
      const size = h.level === 1 ? 10.5 : 10;
      const lh = size * LEADING;
      const gap = h.level === 1 ? 6 : 0;
      if (y - entry.length * lh - gap < MARGIN_BOTTOM && p + 1 < tocPages.length) {
        page = tocPages[++p];
        y = PAGE_H - MARGIN_TOP;
      }
      y -= gap;
      const indent = (h.level - 1) * 18;
      entry.forEach((line, k) => {
        L.drawLine(line, MARGIN_X + indent, y - size, page);
        if (k === entry.length - 1) {
          const no = String(displayNo(h.pageIndex));
          const nw = regular.widthOfTextAtSize(no, size);
          const lw = line.reduce((s, tk) => s + tk.width, 0);
          const dotsFrom = MARGIN_X + indent + lw + 6;
          const dotsTo = PAGE_W - MARGIN_X - nw - 6;
          const dw = regular.widthOfTextAtSize('. ', size);
          const dots = '. '.repeat(Math.max(0, Math.floor((dotsTo - dotsFrom) / dw)));
          if (dots) page.drawText(dots, { x: dotsTo - dots.length / 2 * dw, y: y - size, font: regular, size, color: RULE });
          page.drawText(no, { x: PAGE_W - MARGIN_X - nw, y: y - size, font: regular, size, color: INK });
          // Clickable entry.
          const target = L.pages[h.pageIndex];
          addLink(doc, page, [MARGIN_X + indent, y - lh, PAGE_W - MARGIN_X, y], target.ref, h.y);
        }
        y -= lh;
      });
    });
  }

  addOutline(doc, L);
  return doc.save({ useObjectStreams: true });
}

function addLink(doc: PDFDocument, page: PDFPage, rect: number[], target: PDFRef, y: number): void {
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    Dest: [target, 'XYZ', null, y + 4, null],
  });
  page.node.addAnnot(doc.context.register(link));
}

/** A PDF outline (bookmarks) of the headings, nested by level. */
function addOutline(doc: PDFDocument, L: Layout): void {
  if (!L.headings.length) return;
  interface Node {
    ref: PDFRef;
    level: number;
    title: string;
    pageIndex: number;
    y: number;
    children: Node[];
  }
  const root: Node = { ref: doc.context.nextRef(), level: 0, title: '', pageIndex: 0, y: 0, children: [] };
  const stack: Node[] = [root];
  for (const h of L.headings) {
    while (stack.length > 1 && stack[stack.length - 1].level >= h.level) stack.pop();
    const node: Node = { ref: doc.context.nextRef(), level: h.level, title: h.text, pageIndex: h.pageIndex, y: h.y, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  const count = (n: Node): number => n.children.reduce((s, c) => s + 1 + count(c), 0);
  const write = (parent: Node) => {
    parent.children.forEach((n, i) => {
      const dict = new Map<string, unknown>([
        ['Title', PDFHexString.fromText(n.title.normalize('NFC'))],
        ['Parent', parent.ref],
        ['Dest', doc.context.obj([L.pages[n.pageIndex].ref, 'XYZ', null, n.y + 4, null])],
      ]);
      if (i > 0) dict.set('Prev', parent.children[i - 1].ref);
      if (i < parent.children.length - 1) dict.set('Next', parent.children[i + 1].ref);
      if (n.children.length) {
        dict.set('First', n.children[0].ref);
        dict.set('Last', n.children[n.children.length - 1].ref);
        dict.set('Count', PDFNumber.of(n.level === 1 ? count(n) : -count(n)));
      }
      const obj = doc.context.obj({});
      for (const [k, v] of dict) obj.set(PDFName.of(k), v as never);
      doc.context.assign(n.ref, obj);
      write(n);
    });
  };
  write(root);
  const rootDict = doc.context.obj({ Type: 'Outlines', First: root.children[0].ref, Last: root.children[root.children.length - 1].ref, Count: PDFNumber.of(count(root)) });
  doc.context.assign(root.ref, rootDict);
  doc.catalog.set(PDFName.of('Outlines'), root.ref);
}
