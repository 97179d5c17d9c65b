/**
 * REFI-QDA project import (`.qdpx`) from ATLAS.ti, NVivo, MAXQDA, QualCoder and others.
 *
 * Pure: bytes in, a complete new ProjectSnapshot plus an ImportReport out (or one i18n error naming
 * the file). The caller writes nothing unless the result is ok.
 *
 * Positions: selections are applied to the *raw* source text (line ends as in the file, byte order
 * mark removed) in the source's position model — code points as the standard says, or UTF-16 code
 * units as NVivo for Windows writes them — and then mapped through the newline normalisation
 * (see positions.ts). The report says which model was used for every source.
 *
 * Everything that cannot be carried over (media sources, their selections, sets, graphs, links,
 * variables of other types than Text, …) is counted in `report.skipped`, never dropped silently.
 */
import { DEFAULT_CODE_COLOR } from '../codebook/tree';
import { parseTxtText } from '../import/txt';
import type { ImportMessage, ParsedTranscript } from '../import/types';
import { applyToSnapshot } from '../model/changes';
import type { Code, Coding, Memo, MemoTarget, ProjectSnapshot, Respondent } from '../model/types';
import { baseName, importDocuments, newProjectSnapshot, type ImportCandidate } from '../project/commands';
import { newId as defaultNewId, nowIso } from '../util/ids';
import { sha256Hex } from '../util/sha256';
import { SourceText, type LineEnds, type PositionModel } from './positions';
import { parseXml, XmlError, type XmlElement } from './xml';
import { openZip, ZipError, ZIP_LIMITS, type ZipArchive, type ZipEntry, type ZipLimits } from './zip';

export interface QdpxImportOptions {
  newId?: () => string;
  now?: string;
  language?: 'nl' | 'en';
  coderName?: string;
  /** Zip-bomb limits (tests lower them). */
  limits?: ZipLimits;
}

export interface ImportedSourceReport {
  name: string;
  guid: string;
  /** How the source's selection positions were read. */
  positionModel: PositionModel;
  /** Why: 'standard' (code points), 'origin' (an NVivo project), 'offsets' (positions past the code point length). */
  positionReason: 'standard' | 'origin' | 'offsets';
  lineEnds: LineEnds;
  codings: number;
}

/** Something not carried over: i18n key `refi.skipped.<kind>` with params count and examples. */
export interface SkippedItem {
  kind: string;
  key: string;
  count: number;
  /** A few names (source names, element names) to recognise what is meant. */
  examples: string[];
}

export interface ImportReport {
  file: string;
  /** The `.qde` entry that was read. */
  projectEntry: string;
  origin?: string;
  counts: { documents: number; codes: number; codings: number; memos: number; respondents: number; coders: number };
  sources: ImportedSourceReport[];
  skipped: SkippedItem[];
  /** Things that were converted rather than copied (i18n key + params). */
  notes: ImportMessage[];
}

export type QdpxImportResult =
  | { ok: true; snapshot: ProjectSnapshot; report: ImportReport }
  | { ok: false; error: { key: string; params: Record<string, string | number> } };

const ROLE_NAMES = /^(role|rol|functie|function)$/i;
const PROJECT_NAMESPACES = /^(urn:QDA-XML:project:\d[.:]\d)?$/;
const HEX = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

class ImportFailure extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

const normGuid = (g: string | undefined): string => (g ?? '').trim().replace(/[{}]/g, '').toLowerCase();
const kids = (el: XmlElement | undefined, local: string): XmlElement[] => (el ? el.children.filter((c) => c.local === local) : []);
const kid = (el: XmlElement | undefined, local: string): XmlElement | undefined => el?.children.find((c) => c.local === local);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const time = (v: string | undefined, fallback: string): string => {
  if (!v || !DATE_TIME.test(v.trim())) return fallback;
  const d = new Date(v.trim());
  return Number.isNaN(d.getTime()) ? fallback : d.toISOString();
};

export function importQdpx(fileName: string, bytes: Uint8Array, options: QdpxImportOptions = {}): QdpxImportResult {
  try {
    return { ok: true, ...run(fileName, bytes, options) };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: { key: e.key, params: { file: fileName, ...e.params } } };
    if (e instanceof ZipError) {
      return { ok: false, error: { key: `refi.qdpx.error.${e.code}`, params: { file: fileName, entry: e.entry, detail: e.detail } } };
    }
    return { ok: false, error: { key: 'refi.qdpx.error.unexpected', params: { file: fileName, detail: e instanceof Error ? e.message : String(e) } } };
  }
}

/** Decodes text bytes: BOM (UTF-8/UTF-16), else strict UTF-8, else Windows-1252. The BOM is removed. */
function decode(bytes: Uint8Array): { text: string; encoding: string } {
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [new TextDecoder('utf-16le').decode(bytes), 'utf-16le'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [new TextDecoder('utf-16be').decode(bytes), 'utf-16be'];
  else {
    try {
      [text, encoding] = [new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8'];
    } catch {
      [text, encoding] = [new TextDecoder('windows-1252').decode(bytes), 'windows-1252'];
    }
  }
  // TextDecoder strips a BOM by default; strip a second one or one left by a lenient path.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding };
}

function findProjectEntry(entries: ZipEntry[]): ZipEntry | undefined {
  const qde = entries.filter((e) => !e.isDirectory && /\.qde$/i.test(e.name));
  const atRoot = qde.filter((e) => !e.name.includes('/'));
  return atRoot.find((e) => e.name.toLowerCase() === 'project.qde') ?? atRoot[0] ?? qde[0];
}

function run(fileName: string, bytes: Uint8Array, options: QdpxImportOptions): { snapshot: ProjectSnapshot; report: ImportReport } {
  const now = options.now ?? nowIso();
  const newId = options.newId ?? (() => defaultNewId());
  const zip: ZipArchive = openZip(bytes, options.limits ?? ZIP_LIMITS);
  const projectEntry = findProjectEntry(zip.entries);
  if (!projectEntry) throw new ImportFailure('refi.qdpx.error.noProject', {});
  const entryName = projectEntry.name;

  let root: XmlElement;
  try {
    root = parseXml(decode(zip.read(projectEntry)).text);
  } catch (e) {
    if (e instanceof XmlError) {
      throw new ImportFailure(e.kind === 'unsafe' ? 'refi.qdpx.error.unsafeXml' : 'refi.qdpx.error.xml', {
        entry: entryName,
        line: e.line,
        column: e.column,
        detail: e.detail,
      });
    }
    throw e;
  }
  if (root.local !== 'Project' || !PROJECT_NAMESPACES.test(root.ns)) {
    throw new ImportFailure('refi.qdpx.error.notProject', { entry: entryName, detail: `<${root.name}>${root.ns ? ` (${root.ns})` : ''}` });
  }

  // ------------------------------------------------------------------ report helpers
  const skippedMap = new Map<string, SkippedItem>();
  const skip = (kind: string, example?: string, count = 1) => {
    if (count <= 0) return;
    const item = skippedMap.get(kind) ?? { kind, key: `refi.skipped.${kind}`, count: 0, examples: [] };
    item.count += count;
    if (example && item.examples.length < 5 && !item.examples.includes(example)) item.examples.push(example);
    skippedMap.set(kind, item);
  };
  const notes: ImportMessage[] = [];
  const origin = root.attrs.origin?.trim() || undefined;

  // ------------------------------------------------------------------ entries in the zip
  const byLower = new Map<string, ZipEntry>();
  for (const e of zip.entries) if (!e.isDirectory) byLower.set(e.name.toLowerCase(), e);
  const findInternal = (path: string): ZipEntry | undefined => {
    const p = path.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    const base = p.split('/').pop() ?? p;
    return (
      byLower.get(`sources/${p}`) ??
      byLower.get(p) ??
      [...byLower.entries()].find(([n]) => n.endsWith(`/${base}`) || n === base)?.[1]
    );
  };
  /** Bytes of a file named by a REFI-QDA path, or undefined when it is not in the zip. */
  const readPath = (path: string): Uint8Array | undefined => {
    const m = /^(internal|relative|absolute):\/\/(.*)$/i.exec(path.trim());
    const rest = m ? m[2] : path.trim();
    if (m && m[1].toLowerCase() !== 'internal') {
      // External files are not in the archive by definition; a copy with the same name may be.
      const base = rest.replace(/\\/g, '/').split('/').pop() ?? '';
      const found = base ? [...byLower.entries()].find(([n]) => n === base.toLowerCase() || n.endsWith(`/${base.toLowerCase()}`))?.[1] : undefined;
      return found ? zip.read(found) : undefined;
    }
    const entry = findInternal(rest);
    return entry ? zip.read(entry) : undefined;
  };

  // ------------------------------------------------------------------ users
  const users = new Map<string, string>();
  for (const u of kids(kid(root, 'Users'), 'User')) users.set(normGuid(u.attrs.guid), u.attrs.name?.trim() || u.attrs.id?.trim() || normGuid(u.attrs.guid));
  const userName = (guid: string | undefined): string => (guid ? (users.get(normGuid(guid)) ?? normGuid(guid)) : '');

  // ------------------------------------------------------------------ project
  let snapshot = newProjectSnapshot(
    {
      name: root.attrs.name?.trim() || baseName(fileName),
      description: kid(root, 'Description')?.text.trim() ?? '',
      settings: { language: options.language ?? 'nl', coderName: options.coderName ?? '' },
    },
    { now, newId },
  );
  const projectId = snapshot.project.id;

  // ------------------------------------------------------------------ codes
  const codes: Code[] = [];
  const codeByGuid = new Map<string, Code>();
  const codeNotes: [XmlElement, Code][] = [];
  const codesEl = kid(kid(root, 'CodeBook'), 'Codes');
  const topCodes = kids(codesEl, 'Code');
  const nested = topCodes.some((c) => kids(c, 'Code').length > 0);
  const flattened = /atlas/i.test(origin ?? '') || !nested;
  const readCodes = (list: XmlElement[], parent: Code | null) => {
    list.forEach((el, order) => {
      const guid = normGuid(el.attrs.guid);
      const color = el.attrs.color?.trim();
      const { description, inclusion, exclusion, example } = splitDescription(kid(el, 'Description')?.text ?? '');
      const code: Code = {
        id: newId(),
        projectId,
        parentId: parent ? parent.id : null,
        label: (el.attrs.name ?? '').trim() || guid,
        color: color && HEX.test(color) ? expandColor(color) : (parent?.color ?? DEFAULT_CODE_COLOR),
        description,
        order,
        createdAt: now,
        updatedAt: now,
      };
      if (inclusion) code.inclusion = inclusion;
      if (exclusion) code.exclusion = exclusion;
      if (example) code.example = example;
      codes.push(code);
      if (guid) codeByGuid.set(guid, code);
      codeNotes.push([el, code]);
      readCodes(kids(el, 'Code'), code);
    });
  };
  readCodes(topCodes, null);
  if (flattened) {
    // ATLAS.ti writes code groups into the name: "Group::Code" (or deeper). Rebuild the tree.
    const groups = new Map<string, Code>();
    let rebuilt = 0;
    for (const code of codes.filter((c) => c.parentId === null && c.label.includes('::'))) {
      const parts = code.label.split('::').map((p) => p.trim()).filter(Boolean);
      if (parts.length < 2) continue;
      let parent: Code | null = null;
      for (let i = 0; i < parts.length - 1; i++) {
        const path = parts.slice(0, i + 1).join('::');
        let group = groups.get(path);
        if (!group) {
          group =
            codes.find((c) => c.parentId === (parent ? parent.id : null) && c.label === parts[i] && !c.label.includes('::')) ??
            ({
              id: newId(),
              projectId,
              parentId: parent ? parent.id : null,
              label: parts[i],
              color: code.color,
              description: '',
              order: codes.length,
              createdAt: now,
              updatedAt: now,
            } satisfies Code);
          if (!codes.includes(group)) codes.push(group);
          groups.set(path, group);
        }
        parent = group;
      }
      code.parentId = parent!.id;
      code.label = parts[parts.length - 1];
      rebuilt++;
    }
    if (rebuilt) notes.push({ key: 'refi.note.codeGroups', params: { count: rebuilt, groups: groups.size } });
  }

  // ------------------------------------------------------------------ variables and cases
  const variables = new Map<string, { name: string; type: string }>();
  for (const v of kids(kid(root, 'Variables'), 'Variable')) {
    variables.set(normGuid(v.attrs.guid), { name: (v.attrs.name ?? '').trim(), type: (v.attrs.typeOfVariable ?? 'Text').trim() });
  }
  const respondents: Respondent[] = [];
  const casesOfSource = new Map<string, Respondent[]>();
  for (const [i, c] of kids(kid(root, 'Cases'), 'Case').entries()) {
    const r: Respondent = {
      id: newId(),
      projectId,
      pseudonym: c.attrs.name?.trim() || `Case ${i + 1}`,
      role: '',
      attributes: {},
      createdAt: now,
    };
    for (const vv of kids(c, 'VariableValue')) {
      const variable = variables.get(normGuid(kid(vv, 'VariableRef')?.attrs.targetGUID));
      if (!variable) {
        skip('unknownVariables', r.pseudonym);
        continue;
      }
      const textValue = kid(vv, 'TextValue');
      if (variable.type !== 'Text' || !textValue) {
        skip('variableTypes', `${variable.name} (${variable.type})`);
        continue;
      }
      const value = textValue.text.trim();
      if (ROLE_NAMES.test(variable.name) && !r.role) r.role = value;
      else r.attributes[variable.name] = value;
    }
    if (kid(c, 'Description')?.text.trim()) skip('caseDescriptions', r.pseudonym);
    skip('caseCodes', r.pseudonym, kids(c, 'CodeRef').length);
    skip('caseSelections', r.pseudonym, kids(c, 'SelectionRef').length);
    for (const s of kids(c, 'SourceRef')) {
      const g = normGuid(s.attrs.targetGUID);
      casesOfSource.set(g, [...(casesOfSource.get(g) ?? []), r]);
    }
    respondents.push(r);
  }

  // ------------------------------------------------------------------ notes (memo bodies)
  interface NoteBody {
    title: string;
    text: string;
    author: string;
    createdAt: string;
    updatedAt: string;
    used: boolean;
  }
  const noteBodies = new Map<string, NoteBody>();
  for (const n of kids(kid(root, 'Notes'), 'Note')) {
    let text = kid(n, 'PlainTextContent')?.text;
    if (text === undefined && n.attrs.plainTextPath) {
      const b = readPath(n.attrs.plainTextPath);
      if (b) text = new SourceText(decode(b).text).text;
      else skip('missingNoteText', n.attrs.name ?? normGuid(n.attrs.guid));
    }
    skip('noteSelections', n.attrs.name, kids(n, 'PlainTextSelection').length);
    const createdAt = time(n.attrs.creationDateTime, now);
    noteBodies.set(normGuid(n.attrs.guid), {
      title: (n.attrs.name ?? '').trim(),
      text: text ?? '',
      author: userName(n.attrs.creatingUser),
      createdAt,
      updatedAt: time(n.attrs.modifiedDateTime, createdAt),
      used: false,
    });
  }
  const memos: Memo[] = [];
  const attachNote = (guid: string | undefined, target: MemoTarget): boolean => {
    const body = noteBodies.get(normGuid(guid));
    if (!body) return false;
    body.used = true;
    memos.push({ id: newId(), projectId, target, title: body.title, text: body.text, author: body.author, createdAt: body.createdAt, updatedAt: body.updatedAt });
    return true;
  };
  const attachNoteRefs = (el: XmlElement, target: MemoTarget) => {
    for (const ref of kids(el, 'NoteRef')) if (!attachNote(ref.attrs.targetGUID, target)) skip('unknownNotes', normGuid(ref.attrs.targetGUID));
  };
  for (const [el, code] of codeNotes) attachNoteRefs(el, { kind: 'code', id: code.id });

  // ------------------------------------------------------------------ sources
  const candidates: ImportCandidate[] = [];
  const sourceReports: ImportedSourceReport[] = [];
  interface PendingCoding {
    docIndex: number;
    start: number;
    end: number;
    codeId: string;
    coder: string;
    createdAt: string;
    updatedAt: string;
    memo?: string;
    guid: string;
    selectionGuid: string;
    noteRefs: XmlElement[];
  }
  const pending: PendingCoding[] = [];
  const docNotes: { docIndex: number; el: XmlElement }[] = [];
  const selectionNotes: { docIndex: number; selectionGuid: string; el: XmlElement }[] = [];
  const quotations: { docIndex: number; start: number; end: number; title: string; description: string; author: string; createdAt: string }[] = [];
  const sourceGuids: string[] = [];
  const nvivo = /nvivo/i.test(origin ?? '');
  let wholeSource = 0;

  const mediaSelection: Record<string, string> = {
    PDFSource: 'PDFSelection',
    PictureSource: 'PictureSelection',
    AudioSource: 'AudioSelection',
    VideoSource: 'VideoSelection',
  };
  for (const src of kid(root, 'Sources')?.children ?? []) {
    const name = src.attrs.name?.trim() || normGuid(src.attrs.guid);
    if (src.local in mediaSelection) {
      const kind = src.local.replace('Source', '').toLowerCase();
      skip(`${kind}Sources`, name);
      const selections = kids(src, mediaSelection[src.local]);
      let nested = 0;
      for (const t of kids(src, 'Transcript')) nested += kids(t, 'TranscriptSelection').length;
      skip(`${kind}Selections`, name, selections.length + nested);
      skip('mediaCodings', name, kids(src, 'Coding').length + selections.reduce((n, s) => n + kids(s, 'Coding').length, 0));
      continue;
    }
    if (src.local !== 'TextSource') {
      skip('elements', `Sources/${src.local}`);
      continue;
    }
    // The text: inline, or the plain-text file; a rich-text file alone is not read.
    let sourceBytes: Uint8Array | undefined;
    const inline = kid(src, 'PlainTextContent');
    const plainPath = src.attrs.plainTextPath?.trim();
    if (plainPath) sourceBytes = readPath(plainPath);
    else if (inline) sourceBytes = new TextEncoder().encode(inline.text);
    if (!sourceBytes && inline && plainPath) sourceBytes = new TextEncoder().encode(inline.text);
    if (!sourceBytes) {
      if (plainPath) skip('missingSources', `${name} (${plainPath})`);
      else if (src.attrs.richTextPath) skip('richTextOnly', name);
      else skip('emptySources', name);
      const sels = kids(src, 'PlainTextSelection');
      skip('selectionsOfMissingSources', name, sels.length);
      continue;
    }
    const decoded = decode(sourceBytes);
    const source = new SourceText(decoded.text);
    const selections = kids(src, 'PlainTextSelection');
    const ends = selections.map((s) => Number((s.attrs.endPosition ?? '').trim()));
    const beyond = ends.some((e) => Number.isInteger(e) && e > source.lengthIn('codepoints'));
    const model: PositionModel = nvivo || beyond ? 'utf16' : 'codepoints';
    const reason: ImportedSourceReport['positionReason'] = nvivo ? 'origin' : beyond ? 'offsets' : 'standard';
    const docIndex = candidates.length;
    let transcript: ParsedTranscript;
    try {
      transcript = parseTxtText(source.text, decoded.encoding);
    } catch {
      transcript = { format: 'txt', encoding: decoded.encoding, text: source.text, turns: [], speakers: [], warnings: [] };
    }
    candidates.push({ fileName: `${name}.txt`, checksum: sha256Hex(sourceBytes), byteLength: sourceBytes.length, transcript });
    sourceGuids.push(normGuid(src.attrs.guid));
    const report: ImportedSourceReport = { name, guid: normGuid(src.attrs.guid), positionModel: model, positionReason: reason, lineEnds: source.lineEnds, codings: 0 };
    sourceReports.push(report);
    const docCreated = time(src.attrs.creationDateTime, now);

    for (const sel of selections) {
      const rawStart = Number((sel.attrs.startPosition ?? '').trim());
      const rawEnd = Number((sel.attrs.endPosition ?? '').trim());
      const start = source.toOffset(rawStart, model);
      const end = source.toOffset(rawEnd, model);
      const selGuid = normGuid(sel.attrs.guid);
      if (start === null || end === null || start > end) {
        skip('invalidSelections', `${name} ${sel.attrs.startPosition ?? '?'}–${sel.attrs.endPosition ?? '?'}`);
        continue;
      }
      const createdAt = time(sel.attrs.creationDateTime, docCreated);
      const description = kid(sel, 'Description')?.text.trim() ?? '';
      const codingEls = kids(sel, 'Coding');
      let made = 0;
      for (const c of codingEls) {
        const code = codeByGuid.get(normGuid(kid(c, 'CodeRef')?.attrs.targetGUID));
        if (!code) {
          skip('unknownCodes', normGuid(kid(c, 'CodeRef')?.attrs.targetGUID) || '?');
          continue;
        }
        const codingCreated = time(c.attrs.creationDateTime, createdAt);
        pending.push({
          docIndex,
          start,
          end,
          codeId: code.id,
          coder: userName(c.attrs.creatingUser ?? sel.attrs.creatingUser),
          createdAt: codingCreated,
          updatedAt: time(sel.attrs.modifiedDateTime, codingCreated),
          ...(description ? { memo: description } : {}),
          guid: normGuid(c.attrs.guid),
          selectionGuid: selGuid,
          noteRefs: kids(c, 'NoteRef'),
        });
        made++;
      }
      report.codings += made;
      if (made === 0 && description) {
        quotations.push({
          docIndex,
          start,
          end,
          title: sel.attrs.name?.trim() || '',
          description,
          author: userName(sel.attrs.creatingUser),
          createdAt,
        });
      } else if (made === 0 && codingEls.length === 0 && kids(sel, 'NoteRef').length === 0) {
        skip('emptySelections', `${name} ${rawStart}–${rawEnd}`);
      }
      if (kids(sel, 'NoteRef').length) selectionNotes.push({ docIndex, selectionGuid: selGuid, el: sel });
    }
    // A Coding directly on the source codes the whole text.
    for (const c of kids(src, 'Coding')) {
      const code = codeByGuid.get(normGuid(kid(c, 'CodeRef')?.attrs.targetGUID));
      if (!code) {
        skip('unknownCodes', normGuid(kid(c, 'CodeRef')?.attrs.targetGUID) || '?');
        continue;
      }
      const createdAt = time(c.attrs.creationDateTime, docCreated);
      pending.push({ docIndex, start: 0, end: source.text.length, codeId: code.id, coder: userName(c.attrs.creatingUser), createdAt, updatedAt: createdAt, guid: normGuid(c.attrs.guid), selectionGuid: '', noteRefs: kids(c, 'NoteRef') });
      report.codings++;
      wholeSource++;
    }
    if (kid(src, 'Description')?.text.trim()) docNotes.push({ docIndex, el: kid(src, 'Description')! });
    skip('sourceVariables', name, kids(src, 'VariableValue').length);
    if (kids(src, 'NoteRef').length) docNotes.push({ docIndex, el: src });
  }
  if (wholeSource) notes.push({ key: 'refi.note.wholeSourceCodings', params: { count: wholeSource } });

  // ------------------------------------------------------------------ build documents
  snapshot = applyToSnapshot(snapshot, importDocuments(snapshot, candidates, { now, newId }));
  // Names as in the source project (importDocuments would strip anything after a dot).
  const documents = snapshot.documents.map((d, i) => ({ ...d, name: sourceReports[i].name, sourceFileName: fileName }));
  const codings: Coding[] = pending.map((p) => ({
    id: newId(),
    projectId,
    documentId: documents[p.docIndex].id,
    codeId: p.codeId,
    start: p.start,
    end: p.end,
    coder: p.coder,
    phase: 'open',
    ...(p.memo ? { memo: p.memo } : {}),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  }));

  // Memo links: NoteRefs inside sources, selections and codings, then project-level ones and Links.
  pending.forEach((p, i) => {
    for (const ref of p.noteRefs) if (!attachNote(ref.attrs.targetGUID, { kind: 'coding', id: codings[i].id })) skip('unknownNotes', normGuid(ref.attrs.targetGUID));
  });
  const firstCodingOfSelection = new Map<string, Coding>();
  pending.forEach((p, i) => {
    if (p.selectionGuid && !firstCodingOfSelection.has(p.selectionGuid)) firstCodingOfSelection.set(p.selectionGuid, codings[i]);
  });
  for (const s of selectionNotes) {
    const coding = firstCodingOfSelection.get(s.selectionGuid);
    attachNoteRefs(s.el, coding ? { kind: 'coding', id: coding.id } : { kind: 'document', id: documents[s.docIndex].id });
  }
  for (const d of docNotes) {
    if (d.el.local === 'Description') {
      memos.push({ id: newId(), projectId, target: { kind: 'document', id: documents[d.docIndex].id }, title: '', text: d.el.text.trim(), author: '', createdAt: now, updatedAt: now });
    } else attachNoteRefs(d.el, { kind: 'document', id: documents[d.docIndex].id });
  }
  for (const q of quotations) {
    const doc = documents[q.docIndex];
    const quote = doc.text.slice(q.start, q.end);
    memos.push({
      id: newId(),
      projectId,
      target: { kind: 'document', id: doc.id },
      title: q.title || excerpt(quote),
      text: `“${quote}”\n\n${q.description}`,
      author: q.author,
      createdAt: q.createdAt,
      updatedAt: q.createdAt,
    });
  }
  if (quotations.length) notes.push({ key: 'refi.note.quotations', params: { count: quotations.length } });

  // Targets by GUID, for project-level Links between a note and something else.
  const targetByGuid = new Map<string, MemoTarget>();
  sourceGuids.forEach((g, i) => targetByGuid.set(g, { kind: 'document', id: documents[i].id }));
  for (const [g, c] of codeByGuid) targetByGuid.set(g, { kind: 'code', id: c.id });
  for (const [g, c] of firstCodingOfSelection) targetByGuid.set(g, { kind: 'coding', id: c.id });
  pending.forEach((p, i) => p.guid && targetByGuid.set(p.guid, { kind: 'coding', id: codings[i].id }));
  for (const link of kids(kid(root, 'Links'), 'Link')) {
    const a = normGuid(link.attrs.originGUID);
    const b = normGuid(link.attrs.targetGUID);
    const [note, other] = noteBodies.has(a) ? [a, b] : noteBodies.has(b) ? [b, a] : [undefined, undefined];
    const target = other !== undefined ? targetByGuid.get(other) : undefined;
    if (note && target) attachNote(note, target);
    else skip('links', link.attrs.name?.trim() || a || b);
  }
  attachNoteRefs(root, { kind: 'project' });
  // Notes nobody refers to still belong to the project.
  for (const [guid, body] of noteBodies) if (!body.used) attachNote(guid, { kind: 'project' });

  // ------------------------------------------------------------------ respondents ↔ speakers
  const unassigned: string[] = [];
  documents.forEach((doc, i) => {
    const cases = casesOfSource.get(sourceGuids[i]) ?? [];
    if (cases.length === 0) return;
    const open = doc.speakers.filter((s) => s.role.kind === 'unassigned');
    if (cases.length === 1 && open.length === 1) {
      doc.speakers = doc.speakers.map((s) => (s === open[0] ? { label: s.label, role: { kind: 'respondent', respondentId: cases[0].id } } : s));
    } else unassigned.push(doc.name);
  });
  if (unassigned.length) notes.push({ key: 'refi.note.speakersToAssign', params: { count: unassigned.length, documents: unassigned.slice(0, 5).join(', ') } });

  // ------------------------------------------------------------------ everything else at project level
  const known = new Set(['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Description', 'NoteRef']);
  for (const el of root.children) {
    if (known.has(el.local)) continue;
    if (el.local === 'Sets') skip('sets', undefined, kids(el, 'Set').length);
    else if (el.local === 'Graphs') skip('graphs', undefined, kids(el, 'Graph').length);
    else skip('elements', el.local);
  }

  if (codes.length) snapshot.project.codebookOrigin = { kind: 'qdc', fileName, ...(origin ? { origin } : {}) };
  const result: ProjectSnapshot = { ...snapshot, documents, respondents, codes, codings, memos };
  const report: ImportReport = {
    file: fileName,
    projectEntry: entryName,
    ...(origin ? { origin } : {}),
    counts: {
      documents: documents.length,
      codes: codes.length,
      codings: codings.length,
      memos: memos.length,
      respondents: respondents.length,
      coders: new Set([...codings.map((c) => c.coder), ...memos.map((m) => m.author)].filter(Boolean)).size,
    },
    sources: sourceReports,
    skipped: [...skippedMap.values()],
    notes,
  };
  return { snapshot: result, report };
}

function expandColor(c: string): string {
  const hex = c.slice(1).toLowerCase();
  return '#' + (hex.length === 3 ? hex.replace(/./g, (x) => x + x) : hex);
}

/** Splits "definition\n\nInclusie: …\n\nExclusie: …\n\nVoorbeeld: …" (what qdc.ts writes) back into fields. */
export function splitDescription(text: string): { description: string; inclusion?: string; exclusion?: string; example?: string } {
  const parts = text.replace(/\r\n?/g, '\n').trim().split(/\n\n(?=(?:Inclusie|Inclusion|Exclusie|Exclusion|Voorbeeld|Example): )/);
  const out: { description: string; inclusion?: string; exclusion?: string; example?: string } = { description: '' };
  const rest: string[] = [];
  parts.forEach((p) => {
    const m = /^(Inclusie|Inclusion|Exclusie|Exclusion|Voorbeeld|Example): ([\s\S]*)$/.exec(p);
    if (m) {
      const field = /^Incl/.test(m[1]) ? 'inclusion' : /^Excl/.test(m[1]) ? 'exclusion' : 'example';
      if (out[field] === undefined) {
        out[field] = m[2].trim();
        return;
      }
    }
    rest.push(p);
  });
  out.description = rest.join('\n\n').trim();
  return out;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length > 60 ? chars.slice(0, 60).join('') + '…' : line;
}
