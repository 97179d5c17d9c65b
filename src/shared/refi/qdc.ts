/**
 * REFI-QDA codebook exchange (`.qdc`, schema `../shared/refi/Codebook.xsd`, namespace
 * urn:QDA-XML:codebook:1.0): writing a project's code tree and reading one written by ATLAS.ti,
 * MAXQDA, NVivo, QDA Miner and others.
 */
import { CommandError } from '../project/commands';
import type { Code, ProjectSnapshot } from '../model/types';
import { DEFAULT_CODE_COLOR } from '../codebook/tree';
import { escapeXml, escapeXmlAttr, parseXml, XmlError, type XmlElement } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
/** Namespaces seen in the wild (older drafts and a typo that some tools wrote). */
export const QDC_NAMESPACES = ['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:codebook:1:0', 'urn:QDA-XML:codebook:0:4', 'urn:QDA-XML:codebook:0.4', ''];
/** A codebook is small; anything bigger is not a codebook (or is hostile). */
export const QDC_MAX_BYTES = 20 * 1024 * 1024;

const GUID = /^(\{)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(\})?$/;
const HEX6 = /^#[0-9a-fA-F]{6}$/;
const HEX3 = /^#[0-9a-fA-F]{3}$/;

export interface QdcCode {
  guid: string;
  name: string;
  /** "#rrggbb" (lower case), when the file gives a colour. */
  color?: string;
  description: string;
  isCodable: boolean;
  children: QdcCode[];
}

export type QdcResult =
  | { ok: true; codes: QdcCode[]; origin?: string }
  | { ok: false; error: { key: string; params: { file: string; line?: number; column?: number; detail?: string } } };

// ---------------------------------------------------------------------------------------------
// Writing

/** A GUID for an id: the id itself when it is one, else a stable GUID derived from it. */
export function guidFor(id: string): string {
  if (GUID.test(id)) return id.includes('{') ? id.replace(/[{}]/g, '') : id;
  // Two FNV-1a passes with different seeds give 64 bits; repeated to fill 128.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  const hex = hash(0x811c9dc5) + hash(0x01234567) + hash(0x89abcdef) + hash(0xdeadbeef);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function colorOf(c: string): string | undefined {
  if (HEX6.test(c)) return c.toUpperCase();
  if (HEX3.test(c)) return ('#' + c.slice(1).replace(/./g, (x) => x + x)).toUpperCase();
  return undefined;
}

/** The project's code tree as a `.qdc` document (UTF-8 XML text). */
export function codebookToQdc(snapshot: Pick<ProjectSnapshot, 'codes'>, options: { origin?: string } = {}): string {
  // The REFI-QDA schema requires at least one code: an empty file would be refused by every reader.
  if (snapshot.codes.length === 0) throw new CommandError('codebook.export.emptyCodebook');
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const originAttr = options.origin ? ` origin="${escapeXmlAttr(options.origin)}"` : '';
  lines.push(`<CodeBook xmlns="${QDC_NAMESPACE}"${originAttr}>`);
  lines.push('  <Codes>');
  lines.push(...codeTreeLines(snapshot.codes, 2));
  lines.push('  </Codes>');
  lines.push('</CodeBook>');
  return lines.join('\n') + '\n';
}

/**
 * `<Code>` elements for a code tree (shared by `.qdc` and `.qdpx` export, which use the same
 * CodeType): children in `order`, codes whose parent is missing at the top level rather than lost.
 * `inner(code)` may add lines after the description and before the child codes (the schema's
 * place for `NoteRef`).
 */
export function codeTreeLines(codes: Code[], depth: number, inner?: (code: Code, pad: string) => string[]): string[] {
  const lines: string[] = [];
  const byParent = new Map<string | null, Code[]>();
  for (const c of codes) {
    const list = byParent.get(c.parentId) ?? [];
    list.push(c);
    byParent.set(c.parentId, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const ids = new Set(codes.map((c) => c.id));
  const roots = codes.filter((c) => c.parentId === null || !ids.has(c.parentId)).sort((a, b) => a.order - b.order);
  const write = (code: Code, level: number, seen: Set<string>) => {
    if (seen.has(code.id)) return;
    seen.add(code.id);
    const pad = '  '.repeat(level);
    const color = colorOf(code.color);
    const attrs = `guid="${guidFor(code.id)}" name="${escapeXmlAttr(code.label)}" isCodable="true"${color ? ` color="${color}"` : ''}`;
    const children = byParent.get(code.id) ?? [];
    const description = descriptionOf(code);
    const extra = inner ? inner(code, pad + '  ') : [];
    if (!children.length && !description && !extra.length) {
      lines.push(`${pad}<Code ${attrs}/>`);
      return;
    }
    lines.push(`${pad}<Code ${attrs}>`);
    if (description) lines.push(`${pad}  <Description>${escapeXml(description)}</Description>`);
    lines.push(...extra);
    for (const child of children) write(child, level + 1, seen);
    lines.push(`${pad}</Code>`);
  };
  const seen = new Set<string>();
  for (const root of roots) write(root, depth, seen);
  return lines;
}

/** REFI-QDA has only a description: the definition, followed by inclusion/exclusion/example when set. */
export function descriptionOf(code: Code): string {
  const parts = [code.description.trim()];
  if (code.inclusion?.trim()) parts.push(`Inclusie: ${code.inclusion.trim()}`);
  if (code.exclusion?.trim()) parts.push(`Exclusie: ${code.exclusion.trim()}`);
  if (code.example?.trim()) parts.push(`Voorbeeld: ${code.example.trim()}`);
  return parts.filter(Boolean).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Reading

class QdcError extends Error {
  constructor(
    readonly key: string,
    readonly params: { line?: number; column?: number; detail?: string },
  ) {
    super(key);
  }
}

export function parseQdc(fileName: string, bytes: Uint8Array): QdcResult {
  const failure = (key: string, params: { line?: number; column?: number; detail?: string }): QdcResult => ({
    ok: false,
    error: { key, params: { file: fileName, ...params } },
  });
  if (bytes.byteLength > QDC_MAX_BYTES) {
    return failure('codebook.qdc.error.tooLarge', { detail: `${bytes.byteLength} > ${QDC_MAX_BYTES} bytes` });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return failure('codebook.qdc.error.encoding', { detail: e instanceof Error ? e.message : String(e) });
  }
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) {
      return failure(e.kind === 'unsafe' ? 'codebook.qdc.error.unsafe' : 'codebook.qdc.error.xml', { line: e.line, column: e.column, detail: e.detail });
    }
    throw e;
  }
  try {
    if (root.local !== 'CodeBook') throw new QdcError('codebook.qdc.error.notCodebook', { detail: `root element <${root.name}>` });
    if (!QDC_NAMESPACES.includes(root.ns)) throw new QdcError('codebook.qdc.error.notCodebook', { detail: `namespace "${root.ns}"` });
    const codesEl = root.children.find((c) => c.local === 'Codes');
    const codes = codesEl ? codesEl.children.filter((c) => c.local === 'Code').map(readCode) : [];
    const out: QdcResult = { ok: true, codes };
    if (root.attrs.origin) out.origin = root.attrs.origin;
    return out;
  } catch (e) {
    if (e instanceof QdcError) return failure(e.key, e.params);
    throw e;
  }
}

function readCode(el: XmlElement): QdcCode {
  const at = { line: el.line, column: el.column };
  const name = el.attrs.name;
  if (name === undefined) throw new QdcError('codebook.qdc.error.invalid', { ...at, detail: '<Code> without a "name" attribute' });
  const guid = el.attrs.guid;
  if (guid === undefined || !GUID.test(guid.trim())) {
    throw new QdcError('codebook.qdc.error.invalid', { ...at, detail: `<Code name="${name}"> has no valid "guid" (${guid ?? 'missing'})` });
  }
  const codable = (el.attrs.isCodable ?? 'true').trim();
  const description = el.children.find((c) => c.local === 'Description')?.text ?? '';
  const code: QdcCode = {
    guid: guid.trim().replace(/[{}]/g, '').toLowerCase(),
    name: name.trim(),
    description: description.trim(),
    isCodable: !(codable === 'false' || codable === '0'),
    children: el.children.filter((c) => c.local === 'Code').map(readCode),
  };
  const color = el.attrs.color?.trim();
  if (color && (HEX6.test(color) || HEX3.test(color))) code.color = colorOf(color)!.toLowerCase();
  return code;
}

/**
 * Project codes from a parsed `.qdc`: fresh ids (a GUID is kept only for provenance: codes from
 * different files may share GUIDs), order as in the file, colours inherited from the parent when
 * the file has none.
 */
export function qdcToProjectCodes(codes: QdcCode[], ctx: { projectId: string; now: string; newId: () => string }): Code[] {
  const out: Code[] = [];
  const walk = (list: QdcCode[], parentId: string | null, parentColor: string) => {
    list.forEach((q, order) => {
      const color = q.color ?? parentColor;
      const code: Code = {
        id: ctx.newId(),
        projectId: ctx.projectId,
        parentId,
        label: q.name,
        color,
        description: q.description,
        order,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      out.push(code);
      walk(q.children, code.id, color);
    });
  };
  walk(codes, null, DEFAULT_CODE_COLOR);
  return out;
}
