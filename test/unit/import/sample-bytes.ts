import { strToU8, zipSync } from 'fflate';

/** Helpers that build transcript files byte by byte, in the encodings and containers users send. */

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function withUtf8Bom(text: string): Uint8Array {
  return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text));
}

export function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bom ? concat(new Uint8Array([0xff, 0xfe]), bytes) : bytes;
}

export function utf16be(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) >> 8;
    bytes[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return bom ? concat(new Uint8Array([0xfe, 0xff]), bytes) : bytes;
}

const CP1252_EXTRAS: Record<string, number> = {
  '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97,
};

/** Windows-1252 as Notepad on a Dutch Windows machine writes it. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = CP1252_EXTRAS[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in windows-1252: ${char}`);
    return code;
  }));
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** A run of text in a Word paragraph; `br` inserts a soft line break before the text. */
export interface Run {
  text: string;
  bold?: boolean;
  br?: boolean;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function runXml(run: Run): string {
  const props = run.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const br = run.br ? '<w:br/>' : '';
  return `<w:r>${props}${br}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

/** A minimal but valid .docx: each paragraph is a string (plain) or a list of runs. */
export function docx(paragraphs: (string | Run[])[], options: { omitDocument?: boolean } = {}): Uint8Array {
  const body = paragraphs
    .map((paragraph) => {
      const runs = typeof paragraph === 'string' ? [{ text: paragraph }] : paragraph;
      return `<w:p>${runs.filter((run) => run.text !== '' || run.br).map(runXml).join('')}</w:p>`;
    })
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
  };
  if (!options.omitDocument) {
    files['word/document.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    );
  }
  return zipSync(files);
}

/**
 * The start of an OLE compound file: the 512-byte header with the magic number, then one
 * directory sector naming the given streams (UTF-16LE names, 128-byte entries) — what the
 * detector reads. Password-protected .docx files have "EncryptionInfo" and "EncryptedPackage".
 */
export function oleFile(streamNames: string[]): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18);
  const directory = new Uint8Array(512);
  ['Root Entry', ...streamNames].slice(0, 4).forEach((name, index) => {
    const entry = index * 128;
    for (let i = 0; i < name.length; i++) directory[entry + i * 2] = name.charCodeAt(i);
    directory[entry + 0x40] = (name.length + 1) * 2;
    directory[entry + 0x42] = index === 0 ? 5 : 2;
  });
  return concat(header, directory);
}

/** The ImportError a parser throws for bad input; fails the test when it throws nothing else. */
export async function importErrorOf(parse: () => unknown): Promise<{ code: string; params: Record<string, string | number> }> {
  try {
    await parse();
  } catch (error) {
    if (error instanceof Error && error.name === 'ImportError') {
      const { code, params } = error as Error & { code: string; params: Record<string, string | number> };
      return { code, params };
    }
    throw error;
  }
  throw new Error('expected an ImportError, but parsing succeeded');
}
