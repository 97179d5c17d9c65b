/**
 * The code list as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the diacritics), RFC 4180
 * quoting, CRLF line ends, one row per code in tree order. `;` suits Dutch Excel, `,` the rest.
 */
import { translate } from '../i18n';
import type { Code, Language, ProjectSnapshot } from '../model/types';
import { codingCounts } from './commands';
import { treeOrder } from './project-tree';

export interface CodebookCsvOptions {
  lang: Language;
  separator: ',' | ';';
}

const COLUMNS = ['number', 'path', 'label', 'level', 'parent', 'description', 'inclusion', 'exclusion', 'example', 'color', 'valence', 'codings'] as const;

export function csvField(value: string, separator: string): string {
  return value.includes('"') || value.includes(separator) || /[\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Outline numbers ("1", "1.2", "1.2.3") by position in the tree. */
function outlineNumbers(ordered: { code: Code; depth: number }[]): Map<string, string> {
  const out = new Map<string, string>();
  const counters: number[] = [];
  for (const { code, depth } of ordered) {
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    out.set(code.id, counters.slice(0, depth + 1).join('.'));
  }
  return out;
}

export function codebookToCsv(snapshot: ProjectSnapshot, options: CodebookCsvOptions): string {
  const counts = codingCounts(snapshot);
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  const ordered = treeOrder(snapshot.codes);
  const numbers = outlineNumbers(ordered);
  const path = (c: Code): string => {
    const parts: string[] = [];
    const seen = new Set<string>();
    for (let cur: Code | undefined = c; cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
      seen.add(cur.id);
      parts.unshift(cur.label);
    }
    return parts.join(' > ');
  };
  const lines = [COLUMNS.map((k) => csvField(translate(options.lang, `codebook.csv.${k}`), options.separator)).join(options.separator)];
  for (const { code } of ordered) {
    const values: Record<(typeof COLUMNS)[number], string> = {
      number: code.number ?? numbers.get(code.id) ?? '',
      path: path(code),
      label: code.label,
      level: code.level ?? '',
      parent: code.parentId ? (byId.get(code.parentId)?.label ?? '') : '',
      description: code.description,
      inclusion: code.inclusion ?? '',
      exclusion: code.exclusion ?? '',
      example: code.example ?? '',
      color: code.color,
      valence: code.valence ?? '',
      codings: String(counts.get(code.id) ?? 0),
    };
    lines.push(COLUMNS.map((k) => csvField(values[k], options.separator)).join(options.separator));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
