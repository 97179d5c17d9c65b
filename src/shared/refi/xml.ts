/**
 * A small, strict-enough XML parser for REFI-QDA files (.qdc now, .qdpx's project.qde later).
 * Pure TypeScript, no DOM. It is deliberately safe: any `<!DOCTYPE` or `<!ENTITY` is refused (no
 * internal or external entities, no billion laughs), only the five predefined entities and
 * character references are expanded, and every error carries a 1-based line and column.
 *
 * It checks well-formedness that matters for reading data (matching end tags, one root, quoted
 * and unique attributes, no stray text outside the root); it does not validate against a schema.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "qdc:Code". */
  name: string;
  /** Local part, e.g. "Code". */
  local: string;
  /** Resolved namespace URI ('' when none). */
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element (CDATA included). */
  text: string;
  line: number;
  column: number;
}

export class XmlError extends Error {
  constructor(
    /** 'unsafe' for DOCTYPE/ENTITY, 'xml' for malformed input. */
    readonly kind: 'unsafe' | 'xml',
    readonly detail: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${detail} (line ${line}, column ${column})`);
    this.name = 'XmlError';
  }
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_REST = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const ATTR_WS = /[\r\n\t]/;
/** The namespace map of a root element without declarations; never written to. */
const EMPTY_NS: Map<string, string> = new Map();

export function parseXml(input: string): XmlElement {
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let pos = 0;
  let line = 1;
  let col = 1;

  const fail = (detail: string, kind: 'unsafe' | 'xml' = 'xml', l = line, c = col): never => {
    throw new XmlError(kind, detail, l, c);
  };
  /** Moves `n` code units on, keeping line and column (CRLF counts once; a lone CR is a break too). */
  const advance = (n: number) => {
    const end = Math.min(pos + n, text.length);
    let lastBreakEnd = -1;
    for (let i = pos; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) {
        line++;
        lastBreakEnd = i + 1;
      } else if (ch === 13 && text.charCodeAt(i + 1) !== 10) {
        // A CRLF counts once, at its LF (even when `end` falls between the two).
        line++;
        lastBreakEnd = i + 1;
      }
    }
    col = lastBreakEnd >= 0 ? end - lastBreakEnd + 1 : col + (end - pos);
    pos = end;
  };
  const startsWith = (s: string) => text.startsWith(s, pos);
  const WS = /\s*/y;
  const skipWs = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    if (WS.lastIndex > pos) advance(WS.lastIndex - pos);
  };
  const skipTo = (end: string, what: string) => {
    const at = text.indexOf(end, pos);
    if (at < 0) fail(`unterminated ${what}`);
    const content = text.slice(pos, at);
    advance(at - pos + end.length);
    return content;
  };
  const readName = (): string => {
    if (pos >= text.length || !NAME_START.test(text[pos])) fail(`expected a name, found ${describe(text[pos])}`);
    const start = pos;
    NAME_REST.lastIndex = pos + 1;
    NAME_REST.exec(text);
    // Names hold no line breaks: only the column moves.
    col += NAME_REST.lastIndex - pos;
    pos = NAME_REST.lastIndex;
    return text.slice(start, pos);
  };
  const decode = (raw: string, l: number, c: number): string =>
    !raw.includes('&')
      ? raw
      : raw.replace(/&([^;&\s<]*);?/g, (m, ref: string) => {
      if (!m.endsWith(';')) fail(`"&" must start an entity reference such as &amp;`, 'xml', l, c);
      if (ref.startsWith('#')) {
        const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || !/^#(x[0-9a-fA-F]+|X[0-9a-fA-F]+|[0-9]+)$/.test(ref)) {
          fail(`invalid character reference &${ref};`, 'xml', l, c);
        }
        return String.fromCodePoint(cp);
      }
      const v = PREDEFINED[ref];
      if (v === undefined) fail(`unknown entity &${ref};`, 'xml', l, c);
      return v;
    });
  /** Skips comments, processing instructions and whitespace; refuses DOCTYPE/ENTITY. */
  const skipMisc = (allowText: boolean) => {
    for (;;) {
      if (allowText) skipWs();
      if (startsWith('<!--')) {
        advance(4);
        const body = skipTo('-->', 'comment');
        if (body.includes('--')) fail('"--" is not allowed inside a comment');
      } else if (startsWith('<?')) {
        advance(2);
        skipTo('?>', 'processing instruction');
      } else if (/^<!(DOCTYPE|ENTITY)/i.test(text.slice(pos, pos + 9))) {
        fail('DOCTYPE and ENTITY declarations are not allowed', 'unsafe');
      } else return;
    }
  };

  skipMisc(true);
  if (pos >= text.length) fail('the document is empty');
  if (text[pos] !== '<') fail(`expected "<", found ${describe(text[pos])}`);

  type Open = { el: XmlElement; nsMap: Map<string, string> };
  const stack: Open[] = [];
  let root: XmlElement | null = null;

  const resolve = (qname: string, nsMap: Map<string, string>, isAttr: boolean, l: number, c: number) => {
    const i = qname.indexOf(':');
    const prefix = i < 0 ? '' : qname.slice(0, i);
    const local = i < 0 ? qname : qname.slice(i + 1);
    if (isAttr && prefix === '') return { local, ns: '' };
    if (prefix === 'xml') return { local, ns: 'http://www.w3.org/XML/1998/namespace' };
    const ns = nsMap.get(prefix);
    if (ns === undefined) {
      if (prefix === '') return { local, ns: '' };
      fail(`undeclared namespace prefix "${prefix}"`, 'xml', l, c);
    }
    return { local, ns: ns as string };
  };

  while (pos < text.length) {
    if (stack.length === 0 && root) {
      skipMisc(true);
      if (pos < text.length) fail('content after the end of the root element');
      break;
    }
    // Only "<!" and "<?" can start a comment, PI or DOCTYPE: test those two code units first.
    const markup = text.charCodeAt(pos) === 60 && (text.charCodeAt(pos + 1) === 33 || text.charCodeAt(pos + 1) === 63);
    if (markup && (startsWith('<!--') || startsWith('<?') || /^<!(DOCTYPE|ENTITY)/i.test(text.slice(pos, pos + 9)))) {
      skipMisc(false);
      continue;
    }
    if (markup && startsWith('<![CDATA[')) {
      if (!stack.length) fail('CDATA outside the root element');
      advance(9);
      stack[stack.length - 1].el.text += skipTo(']]>', 'CDATA section').replace(/\r\n?/g, '\n');
      continue;
    }
    if (startsWith('</')) {
      const l = line;
      const c = col;
      advance(2);
      const name = readName();
      skipWs();
      if (text[pos] !== '>') fail(`expected ">" to close </${name}`);
      advance(1);
      const open = stack.pop();
      if (!open) fail(`unexpected end tag </${name}>`, 'xml', l, c);
      if (open!.el.name !== name) {
        fail(`end tag </${name}> does not match <${open!.el.name}> (line ${open!.el.line}, column ${open!.el.column})`, 'xml', l, c);
      }
      continue;
    }
    if (text[pos] === '<') {
      const l = line;
      const c = col;
      advance(1);
      const name = readName();
      const rawAttrs: { name: string; value: string; line: number; column: number }[] = [];
      for (;;) {
        const hadWs = pos < text.length && /\s/.test(text[pos]);
        skipWs();
        if (pos >= text.length) fail(`unterminated start tag <${name}`, 'xml', l, c);
        if (text[pos] === '>' || startsWith('/>')) break;
        if (!hadWs) fail('expected whitespace between attributes');
        const al = line;
        const ac = col;
        const an = readName();
        skipWs();
        if (text[pos] !== '=') fail(`expected "=" after attribute ${an}`);
        advance(1);
        skipWs();
        const q = text[pos];
        if (q !== '"' && q !== "'") fail(`the value of attribute ${an} must be quoted`);
        advance(1);
        const end = text.indexOf(q, pos);
        if (end < 0) fail(`unterminated value of attribute ${an}`, 'xml', al, ac);
        const raw = text.slice(pos, end);
        if (raw.includes('<')) fail(`"<" is not allowed in the value of attribute ${an}`, 'xml', al, ac);
        if (rawAttrs.some((a) => a.name === an)) fail(`attribute ${an} occurs twice`, 'xml', al, ac);
        const value = decode(ATTR_WS.test(raw) ? raw.replace(/\r\n|[\r\n\t]/g, ' ') : raw, al, ac);
        advance(end - pos + 1);
        rawAttrs.push({ name: an, value, line: al, column: ac });
      }
      const selfClosing = startsWith('/>');
      advance(selfClosing ? 2 : 1);
      if (stack.length === 0 && root) fail('a document has only one root element', 'xml', l, c);
      // An element shares its parent's namespace map unless it declares namespaces itself
      // (copying it for each of a large project's 300,000 elements cost a second).
      const parentNs = stack.length ? stack[stack.length - 1].nsMap : EMPTY_NS;
      const declares = rawAttrs.some((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:'));
      const nsMap = declares ? new Map(parentNs) : parentNs;
      for (const a of rawAttrs) {
        if (a.name === 'xmlns') nsMap.set('', a.value);
        else if (a.name.startsWith('xmlns:')) nsMap.set(a.name.slice(6), a.value);
      }
      const { local, ns } = resolve(name, nsMap, false, l, c);
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs) {
        if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
        attrs[resolve(a.name, nsMap, true, a.line, a.column).local] = a.value;
      }
      const el: XmlElement = { name, local, ns, attrs, children: [], text: '', line: l, column: c };
      if (stack.length) stack[stack.length - 1].el.children.push(el);
      else root = el;
      if (!selfClosing) stack.push({ el, nsMap });
      continue;
    }
    // Character data.
    const l = line;
    const c = col;
    const next = text.indexOf('<', pos);
    const end = next < 0 ? text.length : next;
    const raw = text.slice(pos, end);
    if (!stack.length) {
      if (raw.trim() !== '') fail('text outside the root element', 'xml', l, c);
    } else {
      if (raw.includes(']]>')) fail('"]]>" is not allowed in text', 'xml', l, c);
      stack[stack.length - 1].el.text += decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, l, c);
    }
    advance(end - pos);
  }
  if (stack.length) {
    const open = stack[stack.length - 1].el;
    fail(`the element <${open.name}> (line ${open.line}, column ${open.column}) is not closed`);
  }
  if (!root) fail('no root element');
  return root as XmlElement;
}

function describe(ch: string | undefined): string {
  return ch === undefined ? 'the end of the file' : JSON.stringify(ch);
}

/** Escapes text for element content and double-quoted attribute values. */
// eslint-disable-next-line no-control-regex -- the characters escapeXml changes or drops.
const NEEDS_ESCAPE = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- the same plus newline and tab, for attributes.
const NEEDS_ATTR_ESCAPE = /[&<>"\r\n\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; they are dropped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Same as escapeXml, plus newlines and tabs as references so attribute values keep them. */
export function escapeXmlAttr(s: string): string {
  if (!NEEDS_ATTR_ESCAPE.test(s)) return s;
  return escapeXml(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
