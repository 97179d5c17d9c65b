/**
 * Tables as text: CSV for files (UTF-8 BOM so Excel recognises the encoding, RFC 4180 quoting,
 * CRLF line ends; ';' as separator for Dutch Excel) and TSV for the clipboard (pastes into cells).
 */
export type Cell = string | number;

function csvField(value: Cell, separator: string): string {
  const s = String(value);
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(header: string[], rows: Cell[][], options: { separator: ',' | ';' } = { separator: ',' }): string {
  const line = (cells: Cell[]) => cells.map((c) => csvField(c, options.separator)).join(options.separator);
  return '\uFEFF' + [header, ...rows].map(line).join('\r\n') + '\r\n';
}

/** Tab-separated, no BOM, tabs and line breaks inside cells become spaces. */
export function tableToTsv(header: string[], rows: Cell[][]): string {
  const cell = (c: Cell) => String(c).replace(/[\t\r\n]+/g, ' ');
  return [header, ...rows].map((r) => r.map(cell).join('\t')).join('\n') + '\n';
}
