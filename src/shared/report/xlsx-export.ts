/**
 * Tables as XLSX workbooks (exceljs). Kept behind this small interface and loaded with a dynamic
 * `import('exceljs')`, so the shared layer stays free of Node APIs: in Node (CLI, tests) exceljs'
 * main entry is used, in the renderer the bundler picks its browser build. `writeBuffer` returns
 * a Buffer in Node and an ArrayBuffer-like in the browser; both are copied into a Uint8Array.
 */

export type XlsxCell = string | number;

export interface XlsxTable {
  /** Sheet name (at most 31 characters; characters Excel forbids are replaced). */
  sheetName: string;
  header: string[];
  rows: XlsxCell[][];
  /** Column widths in characters; by default estimated from the content (10–60). */
  widths?: number[];
  /** Columns (0-based) whose text wraps; by default every column wider than 40 characters. */
  wrapColumns?: number[];
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

/** Width estimate per column: the longest line (header or cell) clamped to 10..60 characters. */
export function estimateWidths(header: string[], rows: XlsxCell[][]): number[] {
  return header.map((h, col) => {
    let longest = h.length;
    for (const row of rows) {
      const value = row[col];
      if (value === undefined) continue;
      for (const line of String(value).split('\n')) longest = Math.max(longest, line.length);
      if (longest >= 60) break;
    }
    return Math.min(60, Math.max(10, longest + 2));
  });
}

/** Writes one table as an .xlsx workbook: bold, frozen header row, column widths, wrapped text. */
export async function tableToXlsx(table: XlsxTable): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = ((mod as unknown as { default?: typeof mod }).default ?? mod) as typeof mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Werkbank';
  const sheet = workbook.addWorksheet(safeSheetName(table.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const widths = table.widths ?? estimateWidths(table.header, table.rows);
  const wrap = new Set(table.wrapColumns ?? widths.flatMap((w, i) => (w > 40 ? [i] : [])));
  // Styles live on the columns, so every cell shares one style object: per-cell alignment
  // objects made exceljs hash 800,000 styles for a large fragment export.
  const top = { vertical: 'top' } as const;
  const wrapped = { vertical: 'top', wrapText: true } as const;
  sheet.columns = table.header.map((_, i) => ({ width: widths[i] ?? 12, style: { alignment: wrap.has(i) ? wrapped : top } }));
  const headerRow = sheet.addRow(table.header);
  headerRow.font = { bold: true };
  headerRow.alignment = wrapped;
  sheet.addRows(table.rows);
  if (table.header.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  }
  // Fast deflate: the default level spent seconds on a 50,000-row sheet to save a few per cent.
  const out = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return new Uint8Array(out as unknown as ArrayBuffer).slice();
}
