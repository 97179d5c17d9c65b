/**
 * REFI-QDA project export (`.qdpx`): a zip with `project.qde` (schema
 * `../shared/refi/Project-mrt2019.xsd`, namespace urn:QDA-XML:project:1.0) and one UTF-8 text file
 * per document in `sources/`. Element order follows the schema's sequences exactly.
 *
 * Positions: Werkbank's UTF-16 offsets are converted to Unicode code points here (REFI-QDA §10.2),
 * end exclusive. The documents' text is already newline-normalised, so the code points count the
 * very text that is written to `sources/<guid>.txt`.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Coding, Memo, ProjectSnapshot } from '../model/types';
import { codeTreeLines, guidFor } from './qdc';
import { codePointPositions } from './positions';
import { escapeXml, escapeXmlAttr } from './xml';

export const QDPX_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** Name of the variable that carries a respondent's role (the import also accepts role/functie). */
export const ROLE_VARIABLE = 'Rol';

export interface QdpxExportOptions {
  /** Written as `origin`, e.g. "Werkbank 0.4.0". */
  appName?: string;
  /** Export time (ISO 8601), for `modifiedDateTime` and the zip entries' dates. */
  now?: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const dt = (name: string, value: string | undefined) => (value && DATE_TIME.test(value) ? ` ${name}="${value}"` : '');
const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeXmlAttr(value)}"`);

/** GUID of the REFI-QDA user for a coder or memo author name. */
export function userGuid(name: string): string {
  return guidFor(`user:${name}`);
}

/** The `project.qde` XML of a snapshot (exported for tests and the schema check). */
export function projectQde(snapshot: ProjectSnapshot, options: QdpxExportOptions = {}): string {
  const now = options.now ?? new Date().toISOString();
  const { project, documents, codes, codings, memos, respondents } = snapshot;
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  out.push(
    `<Project xmlns="${QDPX_NAMESPACE}"${attr('name', project.name)}${attr('origin', options.appName ?? 'Werkbank')}` +
      `${dt('creationDateTime', project.createdAt)}${dt('modifiedDateTime', now)}>`,
  );

  // Users: every distinct coder and memo author.
  const users = new Set<string>();
  for (const c of codings) if (c.coder) users.add(c.coder);
  for (const m of memos) if (m.author) users.add(m.author);
  const userRef = (name: string) => (name ? ` creatingUser="${userGuid(name)}"` : '');
  if (users.size) {
    out.push('  <Users>');
    for (const u of [...users].sort()) out.push(`    <User guid="${userGuid(u)}"${attr('name', u)}/>`);
    out.push('  </Users>');
  }

  // Memos: each is a Note; its link is a NoteRef inside the target where the schema has one.
  const docIds = new Set(documents.map((d) => d.id));
  const codeIds = new Set(codes.map((c) => c.id));
  const codingIds = new Set(codings.map((c) => c.id));
  const notesFor = new Map<string, Memo[]>();
  const projectNotes: Memo[] = [];
  for (const m of memos) {
    const t = m.target;
    const known = t.kind === 'document' ? docIds.has(t.id) : t.kind === 'code' ? codeIds.has(t.id) : t.kind === 'coding' ? codingIds.has(t.id) : false;
    if (t.kind === 'project' || !known) projectNotes.push(m);
    else {
      const key = `${t.kind}:${t.id}`;
      notesFor.set(key, [...(notesFor.get(key) ?? []), m]);
    }
  }
  const noteRefs = (key: string, pad: string) => (notesFor.get(key) ?? []).map((m) => `${pad}<NoteRef targetGUID="${guidFor(m.id)}"/>`);

  if (codes.length) {
    out.push('  <CodeBook>', '    <Codes>');
    out.push(...codeTreeLines(codes, 3, (code, pad) => noteRefs(`code:${code.id}`, pad)));
    out.push('    </Codes>', '  </CodeBook>');
  }

  // Variables and cases: one case per respondent; role and attributes as Text variables.
  const variableNames: string[] = [];
  if (respondents.length) {
    variableNames.push(ROLE_VARIABLE);
    const seen = new Set(variableNames);
    for (const r of respondents) {
      for (const k of Object.keys(r.attributes)) {
        if (!seen.has(k)) {
          seen.add(k);
          variableNames.push(k);
        }
      }
    }
    out.push('  <Variables>');
    for (const v of variableNames) out.push(`    <Variable guid="${guidFor(`variable:${v}`)}"${attr('name', v)} typeOfVariable="Text"/>`);
    out.push('  </Variables>');
    out.push('  <Cases>');
    for (const r of respondents) {
      out.push(`    <Case guid="${guidFor(r.id)}"${attr('name', r.pseudonym)}>`);
      const values: [string, string][] = [[ROLE_VARIABLE, r.role], ...Object.entries(r.attributes).filter(([k]) => k !== ROLE_VARIABLE)];
      for (const [k, v] of values) {
        out.push('      <VariableValue>', `        <VariableRef targetGUID="${guidFor(`variable:${k}`)}"/>`, `        <TextValue>${escapeXml(v)}</TextValue>`, '      </VariableValue>');
      }
      for (const d of documents) {
        if (d.speakers.some((s) => s.role.kind === 'respondent' && s.role.respondentId === r.id)) {
          out.push(`      <SourceRef targetGUID="${guidFor(d.id)}"/>`);
        }
      }
      out.push('    </Case>');
    }
    out.push('  </Cases>');
  }

  // Sources: one TextSource per document, one PlainTextSelection per coding.
  const byDoc = new Map<string, Coding[]>();
  for (const c of codings) {
    const list = byDoc.get(c.documentId);
    if (list) list.push(c);
    else byDoc.set(c.documentId, [c]);
  }
  if (documents.length) {
    out.push('  <Sources>');
    for (const d of [...documents].sort((a, b) => a.order - b.order)) {
      const guid = guidFor(d.id);
      out.push(`    <TextSource guid="${guid}"${attr('name', d.name)} plainTextPath="internal://${guid}.txt"${dt('creationDateTime', d.importedAt)}>`);
      const cp = codePointPositions(d.text);
      const list = (byDoc.get(d.id) ?? []).slice().sort((a, b) => a.start - b.start || a.end - b.end);
      for (const c of list) {
        const start = cp(c.start);
        const end = cp(c.end);
        out.push(
          `      <PlainTextSelection guid="${guidFor(c.id)}"${attr('name', excerpt(d.text.slice(c.start, c.end)))} startPosition="${start}" endPosition="${end}"` +
            `${userRef(c.coder)}${dt('creationDateTime', c.createdAt)}${dt('modifiedDateTime', c.updatedAt)}>`,
        );
        if (c.memo) out.push(`        <Description>${escapeXml(c.memo)}</Description>`);
        const refs = noteRefs(`coding:${c.id}`, '          ');
        out.push(`        <Coding guid="${guidFor(`coding:${c.id}`)}"${userRef(c.coder)}${dt('creationDateTime', c.createdAt)}>`);
        out.push(`          <CodeRef targetGUID="${guidFor(c.codeId)}"/>`, ...refs, '        </Coding>');
        out.push('      </PlainTextSelection>');
      }
      out.push(...noteRefs(`document:${d.id}`, '      '));
      out.push('    </TextSource>');
    }
    out.push('  </Sources>');
  }

  if (memos.length) {
    out.push('  <Notes>');
    for (const m of memos) {
      out.push(`    <Note guid="${guidFor(m.id)}"${attr('name', m.title)}${userRef(m.author)}${dt('creationDateTime', m.createdAt)}${dt('modifiedDateTime', m.updatedAt)}>`);
      out.push(`      <PlainTextContent>${escapeXml(m.text)}</PlainTextContent>`);
      out.push('    </Note>');
    }
    out.push('  </Notes>');
  }
  if (project.description) out.push(`  <Description>${escapeXml(project.description)}</Description>`);
  for (const m of projectNotes) out.push(`  <NoteRef targetGUID="${guidFor(m.id)}"/>`);
  out.push('</Project>');
  return out.join('\n') + '\n';
}

/** A selection's name: the start of the coded text on one line, as other programs show quotes. */
function excerpt(text: string): string {
  const line = text.slice(0, 160).replace(/\s+/g, ' ').trim();
  if (line.length <= 60) return line;
  // Walk 60 code points (not UTF-16 units) so an emoji is never cut in half.
  let i = 0;
  for (let n = 0; n < 60 && i < line.length; n++) {
    const unit = line.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length ? 2 : 1;
  }
  return i < line.length ? line.slice(0, i) + '…' : line;
}

/** The whole `.qdpx` archive. */
export function exportQdpx(snapshot: ProjectSnapshot, options: QdpxExportOptions = {}): Uint8Array {
  const now = options.now ?? new Date().toISOString();
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectQde(snapshot, { ...options, now })) };
  for (const d of snapshot.documents) files[`sources/${guidFor(d.id)}.txt`] = strToU8(d.text);
  const mtime = new Date(now);
  return zipSync(files, { level: 6, mtime: Number.isNaN(mtime.getTime()) || mtime.getUTCFullYear() < 1980 ? new Date(1980, 0, 1) : mtime });
}
