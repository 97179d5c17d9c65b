import {
  CODEBOOK_FORMAT,
  CODEBOOK_FORMAT_VERSION,
  CROSSWALK_FORMAT,
  CROSSWALK_FORMAT_VERSION,
  type CodebookError,
  type CodebookFile,
  type CrosswalkFile,
} from './types';

/**
 * Hand-written validation of codebook and crosswalk files. Every error carries an i18n key
 * ('codebook.error.*', see i18n/messages/codebook.ts) and names the file and the JSON path
 * (`codes[12].label`); the checker keeps going so that one run reports every problem it can.
 */

export type CodebookValidation = { ok: true; codebook: CodebookFile } | { ok: false; errors: CodebookError[] };
export type CrosswalkValidation = { ok: true; crosswalk: CrosswalkFile } | { ok: false; errors: CodebookError[] };

const COLOR = /^#[0-9a-fA-F]{6}$/;
const VALENCES = ['bevorderend', 'belemmerend'];
const PHASES = ['open', 'axial', 'selective'];
const LANGUAGES = ['nl', 'en'];
const MAPPING_KINDS = ['source', 'editorial'];
/** Path used for the document itself (a parse error, a root that is not an object). */
export const ROOT_PATH = '$';

type Json = unknown;
type Obj = Record<string, Json>;
type Kind = 'string' | 'number' | 'integer' | 'object' | 'array' | 'string|null';

class Checker {
  readonly errors: CodebookError[] = [];
  constructor(readonly file: string) {}

  error(key: string, path: string, extra: Record<string, string | number> = {}): void {
    this.errors.push({ key: `codebook.error.${key}`, params: { file: this.file, path: path || ROOT_PATH, ...extra } });
  }

  /** Checks `obj[field]` has `kind`; reports a missing or wrong-typed field. Returns whether it is usable. */
  field(obj: Obj, field: string, kind: Kind, base: string, required = true): boolean {
    const path = join(base, field);
    const value = obj[field];
    if (value === undefined) {
      if (required) this.error('missing', path, { field });
      return false;
    }
    if (!hasKind(value, kind)) {
      this.error('type', path, { expected: kind, found: kindOf(value) });
      return false;
    }
    return true;
  }

  /** A required, non-empty string (after trimming). */
  text(obj: Obj, field: string, base: string, required = true, key = 'empty'): string | undefined {
    if (!this.field(obj, field, 'string', base, required)) return undefined;
    const value = obj[field] as string;
    if (value.trim() === '') {
      this.error(key, join(base, field), { field });
      return undefined;
    }
    return value;
  }

  oneOf(obj: Obj, field: string, allowed: string[], base: string, required: boolean): void {
    if (!this.field(obj, field, 'string', base, required)) return;
    const value = obj[field] as string;
    if (!allowed.includes(value)) this.error('invalidValue', join(base, field), { value, allowed: allowed.join(', ') });
  }
}

function join(base: string, field: string | number): string {
  if (typeof field === 'number') return `${base}[${field}]`;
  return base ? `${base}.${field}` : field;
}

function isObject(value: Json): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasKind(value: Json, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string|null':
      return value === null || typeof value === 'string';
  }
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Parses JSON; on failure reports `codebook.error.json` with the parser's line/column when it gives one. */
function parse(checker: Checker, text: string): { ok: true; value: Json } | { ok: false } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) as Json };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    let where: { line: number; column: number } | undefined;
    const lc = /line (\d+) column (\d+)/.exec(detail);
    const pos = /position (\d+)/.exec(detail);
    if (lc) where = { line: Number(lc[1]), column: Number(lc[2]) };
    else if (pos) where = lineColumn(source, Number(pos[1]));
    else if (/end of (JSON )?input/i.test(detail)) where = lineColumn(source, source.length);
    if (where) checker.error('json', ROOT_PATH, { line: where.line, column: where.column, detail });
    else checker.error('jsonNoPosition', ROOT_PATH, { detail });
    return { ok: false };
  }
}

function checkHeader(
  c: Checker,
  root: Obj,
  format: string,
  maxVersion: number,
): boolean {
  if (root.format === undefined) c.error('missing', 'format', { field: 'format' });
  else if (root.format !== format) c.error('format', 'format', { expected: format, found: String(root.format) });
  if (c.field(root, 'formatVersion', 'integer', '')) {
    const version = root.formatVersion as number;
    if (version > maxVersion) {
      c.error('formatVersion', 'formatVersion', { version, supported: maxVersion });
      return false;
    }
    if (version < 1) c.error('invalidValue', 'formatVersion', { value: version, allowed: `1–${maxVersion}` });
  }
  return true;
}

export function validateCodebook(fileName: string, text: string): CodebookValidation {
  const c = new Checker(fileName);
  const parsed = parse(c, text);
  if (!parsed.ok) return { ok: false, errors: c.errors };
  const root = parsed.value;
  if (!isObject(root)) {
    c.error('type', ROOT_PATH, { expected: 'object', found: kindOf(root) });
    return { ok: false, errors: c.errors };
  }
  // A newer format may mean anything: stop before reporting its contents as errors.
  if (!checkHeader(c, root, CODEBOOK_FORMAT, CODEBOOK_FORMAT_VERSION)) return { ok: false, errors: c.errors };
  if (root.format !== CODEBOOK_FORMAT) return { ok: false, errors: c.errors };

  c.field(root, '$schema', 'string', '', false);
  c.text(root, 'id', '');
  c.text(root, 'title', '');
  c.oneOf(root, 'language', LANGUAGES, '', true);
  c.text(root, 'version', '');
  c.text(root, 'description', '');
  if (c.field(root, 'source', 'object', '')) {
    const source = root.source as Obj;
    c.text(source, 'document', 'source');
    c.text(source, 'location', 'source');
    for (const f of ['seedFile', 'pages', 'lines', 'url']) c.text(source, f, 'source', false);
  }

  // levels
  const levelIds = new Set<string>();
  if (c.field(root, 'levels', 'array', '')) {
    const levels = root.levels as Json[];
    if (levels.length === 0) c.error('emptyList', 'levels', { field: 'levels' });
    const firstAt = new Map<string, string>();
    levels.forEach((level, i) => {
      const base = join('levels', i);
      if (!isObject(level)) return c.error('type', base, { expected: 'object', found: kindOf(level) });
      const id = c.text(level, 'id', base);
      c.text(level, 'label', base, true, 'emptyLabel');
      c.text(level, 'description', base, false);
      c.oneOf(level, 'phase', PHASES, base, false);
      if (id === undefined) return;
      if (firstAt.has(id)) c.error('duplicateId', join(base, 'id'), { id, first: firstAt.get(id) as string });
      else firstAt.set(id, join(base, 'id'));
      levelIds.add(id);
    });
  }

  // codes
  const byId = new Map<string, { index: number; parentId: string | null }>();
  const codePaths: { index: number; code: Obj; id?: string }[] = [];
  if (c.field(root, 'codes', 'array', '')) {
    const codes = root.codes as Json[];
    if (codes.length === 0) c.error('emptyList', 'codes', { field: 'codes' });
    codes.forEach((code, i) => {
      const base = join('codes', i);
      if (!isObject(code)) return c.error('type', base, { expected: 'object', found: kindOf(code) });
      const id = c.text(code, 'id', base);
      c.field(code, 'parentId', 'string|null', base);
      c.text(code, 'label', base, true, 'emptyLabel');
      if (c.text(code, 'level', base) !== undefined && levelIds.size > 0 && !levelIds.has(code.level as string)) {
        c.error('unknownLevel', join(base, 'level'), { level: code.level as string });
      }
      for (const f of ['number', 'description', 'indicator', 'sourceRef']) c.text(code, f, base, false);
      c.oneOf(code, 'valence', VALENCES, base, false);
      c.text(code, 'pairId', base, false);
      if (c.field(code, 'color', 'string', base, false) && !COLOR.test(code.color as string)) {
        c.error('color', join(base, 'color'), { value: code.color as string });
      }
      if (c.field(code, 'attributes', 'object', base, false)) {
        for (const [k, v] of Object.entries(code.attributes as Obj)) {
          if (typeof v !== 'string') c.error('type', join(join(base, 'attributes'), k), { expected: 'string', found: kindOf(v) });
        }
      }
      codePaths.push({ index: i, code, id });
      if (id === undefined) return;
      const existing = byId.get(id);
      if (existing) {
        c.error('duplicateId', join(base, 'id'), { id, first: join(join('codes', existing.index), 'id') });
        return;
      }
      byId.set(id, { index: i, parentId: typeof code.parentId === 'string' ? code.parentId : null });
    });
  }

  // references: parents, pairs
  for (const { index, code, id } of codePaths) {
    const base = join('codes', index);
    if (typeof code.parentId === 'string') {
      if (code.parentId === id) c.error('cycle', join(base, 'parentId'), { id: code.parentId, cycle: `${id} → ${id}` });
      else if (!byId.has(code.parentId)) c.error('missingParent', join(base, 'parentId'), { id: code.parentId });
    }
    if (typeof code.pairId === 'string' && code.pairId.trim() !== '') {
      const pair = byId.get(code.pairId);
      if (!pair) c.error('unknownPair', join(base, 'pairId'), { id: code.pairId });
      else if (code.pairId === id) c.error('selfPair', join(base, 'pairId'), { id: code.pairId });
      else {
        const other = codePaths.find((p) => p.index === pair.index)?.code;
        if (other && other.pairId !== undefined && other.pairId !== id) {
          c.error('pairMismatch', join(base, 'pairId'), { id: code.pairId, other: String(other.pairId) });
        }
      }
    }
  }
  reportCycles(c, byId);

  // mappings
  if (c.field(root, 'mappings', 'array', '', false)) {
    (root.mappings as Json[]).forEach((m, i) => {
      const base = join('mappings', i);
      if (!isObject(m)) return c.error('type', base, { expected: 'object', found: kindOf(m) });
      for (const f of ['from', 'to']) {
        const ref = c.text(m, f, base);
        if (ref !== undefined && !byId.has(ref)) c.error('unknownMappingCode', join(base, f), { id: ref });
      }
      c.oneOf(m, 'kind', MAPPING_KINDS, base, true);
      c.text(m, 'source', base);
      c.text(m, 'sourceLabel', base, false);
      c.text(m, 'note', base, false);
    });
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, codebook: root as unknown as CodebookFile };
}

/** Reports each parent cycle once, at the `parentId` of its first code in file order. */
function reportCycles(c: Checker, byId: Map<string, { index: number; parentId: string | null }>): void {
  const done = new Set<string>();
  const ordered = [...byId.entries()].sort((a, b) => a[1].index - b[1].index);
  for (const [start] of ordered) {
    if (done.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let cur: string | null = start;
    while (cur !== null && byId.has(cur) && !done.has(cur) && !onChain.has(cur)) {
      chain.push(cur);
      onChain.add(cur);
      cur = byId.get(cur)?.parentId ?? null;
    }
    if (cur !== null && onChain.has(cur)) {
      const loop = chain.slice(chain.indexOf(cur));
      if (loop.length > 1) {
        const first = loop.reduce((a, b) => ((byId.get(a)?.index ?? 0) <= (byId.get(b)?.index ?? 0) ? a : b));
        const from = loop.indexOf(first);
        const cycle = [...loop.slice(from), ...loop.slice(0, from), first].join(' → ');
        c.error('cycle', `codes[${byId.get(first)?.index}].parentId`, { id: first, cycle });
      }
    }
    for (const id of chain) done.add(id);
  }
}

/**
 * Validates a crosswalk file against the codebooks it names: every code id in a concept must
 * exist in one of `codebooks`.
 */
export function validateCrosswalk(fileName: string, text: string, codebooks: CodebookFile[]): CrosswalkValidation {
  const c = new Checker(fileName);
  const parsed = parse(c, text);
  if (!parsed.ok) return { ok: false, errors: c.errors };
  const root = parsed.value;
  if (!isObject(root)) {
    c.error('type', ROOT_PATH, { expected: 'object', found: kindOf(root) });
    return { ok: false, errors: c.errors };
  }
  if (!checkHeader(c, root, CROSSWALK_FORMAT, CROSSWALK_FORMAT_VERSION)) return { ok: false, errors: c.errors };
  c.text(root, 'description', '', false);
  const known = new Set(codebooks.flatMap((cb) => cb.codes.map((code) => code.id)));
  if (c.field(root, 'concepts', 'array', '')) {
    const firstAt = new Map<string, string>();
    (root.concepts as Json[]).forEach((concept, i) => {
      const base = join('concepts', i);
      if (!isObject(concept)) return c.error('type', base, { expected: 'object', found: kindOf(concept) });
      const id = c.text(concept, 'id', base);
      if (id !== undefined) {
        if (firstAt.has(id)) c.error('duplicateId', join(base, 'id'), { id, first: firstAt.get(id) as string });
        else firstAt.set(id, join(base, 'id'));
      }
      if (c.field(concept, 'label', 'object', base)) {
        for (const lang of LANGUAGES) c.text(concept.label as Obj, lang, join(base, 'label'), true, 'emptyLabel');
      }
      c.text(concept, 'description', base, false);
      if (c.field(concept, 'codes', 'array', base)) {
        (concept.codes as Json[]).forEach((ref, j) => {
          const path = join(join(base, 'codes'), j);
          if (typeof ref !== 'string') c.error('type', path, { expected: 'string', found: kindOf(ref) });
          else if (!known.has(ref)) c.error('unknownCrosswalkCode', path, { id: ref });
        });
      }
    });
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, crosswalk: root as unknown as CrosswalkFile };
}
