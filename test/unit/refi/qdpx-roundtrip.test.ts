import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Code, Coding, Memo, ProjectSnapshot, Respondent } from '../../../src/shared/model/types';
import { applyToSnapshot } from '../../../src/shared/model/changes';
import { parseSourceFile } from '../../../src/shared/import';
import { importDocuments, newProjectSnapshot, type ImportCandidate } from '../../../src/shared/project/commands';
import { parseProjectFile, serializeProject } from '../../../src/shared/project/file-format';
import { exportQdpx } from '../../../src/shared/refi/qdpx-export';
import { importQdpx } from '../../../src/shared/refi/qdpx-import';
import { snapOutOfSurrogates } from '../../../src/shared/text/offsets';
import { sampleSnapshot } from '../project/sample';
import { qdeOf, xmllintProject } from './qdpx-helpers';

const NOW = '2026-03-01T09:00:00.000Z';
let counter = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

// ------------------------------------------------------------------ generators
const PIECES = ['Hallo ', 'wereld', ' 👩🏽‍🏫 ', 'e\u0301', 'café ', 'ë ï ö ', 'ĳs', '\n', '€ 5,-', '🇧🇪', 'R: ', 'Interviewer: ', '“citaat” ', '<&>"\' ', '\t', 'coördinatie ', '😅', '\n\n'];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((p) => 'Begin ' + p.join(''));
const CHARS = [...'abcdeëéïöü ABC<>&"\'’…-', '🎓', '👩🏽‍🏫', 'e\u0301', ']]>', '&amp;'];
const wordArb = (max: number) =>
  fc
    .array(fc.constantFrom(...Array.from(new Set([...'abcdeëéïöüABC<>&"\'’…-', '🎓', 'e\u0301', ' ']))), { minLength: 1, maxLength: max })
    .map((a) => a.join('').trim())
    .filter((s) => s.length > 0);
const freeTextArb = fc.array(fc.constantFrom(...CHARS, '\n', '\t'), { maxLength: 40 }).map((a) => a.join(''));
const colorArb = fc.integer({ min: 0, max: 0xffffff }).map((n) => '#' + n.toString(16).padStart(6, '0'));
const coderArb = fc.constantFrom('Anna', 'Bram de Vries', 'Çelik', '');

interface Shape {
  texts: string[];
  codes: { parent: number; label: string; color: string; description: string; inclusion?: string; example?: string }[];
  codings: { doc: number; a: number; b: number; code: number; coder: string; memo?: string }[];
  memos: { kind: 'project' | 'document' | 'code' | 'coding'; index: number; title: string; text: string; author: string }[];
  respondents: { pseudonym: string; role: string; attributes: Record<string, string>; doc: number }[];
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  texts: fc.array(textArb, { minLength: 1, maxLength: 4 }),
  codes: fc.array(
    fc.record({
      parent: fc.nat(),
      label: wordArb(14),
      color: colorArb,
      description: fc.oneof(fc.constant(''), wordArb(30)),
      inclusion: fc.option(wordArb(20), { nil: undefined }),
      example: fc.option(wordArb(20), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  codings: fc.array(
    fc.record({ doc: fc.nat(), a: fc.nat(), b: fc.nat(), code: fc.nat(), coder: coderArb, memo: fc.option(wordArb(20), { nil: undefined }) }),
    { maxLength: 25 },
  ),
  memos: fc.array(
    fc.record({ kind: fc.constantFrom('project', 'document', 'code', 'coding'), index: fc.nat(), title: fc.oneof(fc.constant(''), wordArb(12)), text: freeTextArb, author: coderArb }),
    { maxLength: 6 },
  ),
  respondents: fc.array(
    fc.record({
      pseudonym: wordArb(12),
      role: fc.constantFrom('directeur', 'leerkracht', 'intern begeleider', ''),
      attributes: fc.dictionary(fc.constantFrom('locatie', 'ronde', 'school'), fc.oneof(fc.constant(''), wordArb(10))),
      doc: fc.nat(),
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<Shape>;

function build(shape: Shape): ProjectSnapshot {
  const s = newProjectSnapshot({ name: 'Ronde 1 – “pilot”', description: 'Project & <beschrijving>', settings: { language: 'nl', coderName: 'Anna' } }, { now: NOW, newId: nextId });
  const pid = s.project.id;
  s.documents = shape.texts.map((text, i) => ({
    id: nextId(),
    projectId: pid,
    name: `Interview ${i + 1}`,
    sourceFileName: `interview-${i + 1}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    text,
    checksum: 'x',
    byteLength: text.length,
    importedAt: NOW,
    turns: [],
    speakers: [{ label: '', role: { kind: 'unassigned' } }],
    importWarnings: [],
    order: i,
  }));
  const codes: Code[] = [];
  shape.codes.forEach((c, i) => {
    const code: Code = {
      id: nextId(),
      projectId: pid,
      parentId: i === 0 || c.parent % (i + 1) === i ? null : codes[c.parent % i].id,
      label: c.label,
      color: c.color,
      description: c.description,
      order: i,
      createdAt: NOW,
      updatedAt: NOW,
    };
    if (c.inclusion) code.inclusion = c.inclusion;
    if (c.example) code.example = c.example;
    codes.push(code);
  });
  s.codes = codes;
  s.codings = shape.codings.flatMap((c) => {
    const doc = s.documents[c.doc % s.documents.length];
    const r = snapOutOfSurrogates(doc.text, c.a % (doc.text.length + 1), c.b % (doc.text.length + 1));
    if (r.start === r.end) return [];
    const coding: Coding = { id: nextId(), projectId: pid, documentId: doc.id, codeId: codes[c.code % codes.length].id, start: r.start, end: r.end, coder: c.coder, phase: 'open', createdAt: NOW, updatedAt: NOW };
    if (c.memo) coding.memo = c.memo;
    return [coding];
  });
  s.memos = shape.memos.map((m): Memo => {
    const pick = <T extends { id: string }>(list: T[]) => (list.length ? list[m.index % list.length].id : undefined);
    const id = m.kind === 'document' ? pick(s.documents) : m.kind === 'code' ? pick(s.codes) : m.kind === 'coding' ? pick(s.codings) : undefined;
    return { id: nextId(), projectId: pid, target: id && m.kind !== 'project' ? { kind: m.kind, id } : { kind: 'project' }, title: m.title, text: m.text, author: m.author, createdAt: NOW, updatedAt: NOW };
  });
  s.respondents = shape.respondents.map((r): Respondent => ({ id: nextId(), projectId: pid, pseudonym: r.pseudonym, role: r.role, attributes: r.attributes, createdAt: NOW }));
  return s;
}

// ------------------------------------------------------------------ comparison by content
function describeProject(s: ProjectSnapshot) {
  const codeById = new Map(s.codes.map((c) => [c.id, c]));
  const pathOf = (id: string): string => {
    const parts: string[] = [];
    for (let c = codeById.get(id); c; c = c.parentId ? codeById.get(c.parentId) : undefined) parts.unshift(c.label);
    return parts.join(' / ');
  };
  const docIndex = new Map([...s.documents].sort((a, b) => a.order - b.order).map((d, i) => [d.id, i]));
  const docText = new Map(s.documents.map((d) => [d.id, d.text]));
  const codingKey = new Map(
    s.codings.map((c) => [c.id, `${docIndex.get(c.documentId)}|${c.start}|${c.end}|${pathOf(c.codeId)}|${c.coder}|${c.memo ?? ''}`]),
  );
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    texts: [...s.documents].sort((a, b) => a.order - b.order).map((d) => d.text),
    codes: sorted(
      s.codes.map((c) => ({ path: pathOf(c.id), color: c.color.toLowerCase(), d: c.description, i: c.inclusion, x: c.exclusion, e: c.example })),
    ),
    codings: sorted(s.codings.map((c) => ({ key: codingKey.get(c.id), slice: docText.get(c.documentId)!.slice(c.start, c.end) }))),
    memos: sorted(
      s.memos.map((m) => ({
        target:
          m.target.kind === 'project'
            ? 'project'
            : m.target.kind === 'document'
              ? `doc ${docIndex.get(m.target.id)}`
              : m.target.kind === 'code'
                ? `code ${pathOf(m.target.id)}`
                : `coding ${codingKey.get(m.target.id)}`,
        title: m.title,
        text: m.text,
        author: m.author,
      })),
    ),
    cases: sorted(s.respondents.map((r) => ({ p: r.pseudonym, role: r.role, a: Object.entries(r.attributes).sort() }))),
    description: s.project.description,
    name: s.project.name,
  };
}

function roundTrip(s: ProjectSnapshot): ProjectSnapshot {
  const bytes = exportQdpx(s, { appName: 'Werkbank test', now: NOW });
  const r = importQdpx('rondje.qdpx', bytes, { now: NOW, newId: nextId });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  expect(r.report.skipped).toEqual([]);
  expect(r.report.sources.every((x) => x.positionModel === 'codepoints')).toBe(true);
  // The imported project is a valid .werkbank project.
  const reparsed = parseProjectFile('x.werkbank', serializeProject(r.snapshot));
  if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.error));
  return r.snapshot;
}

describe('.qdpx round trip', () => {
  it('keeps codes, texts, codings at the same characters, memos and cases (property)', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const original = build(shape);
        const back = roundTrip(original);
        expect(describeProject(back)).toEqual(describeProject(original));
        // Same characters at the same UTF-16 offsets.
        for (const c of back.codings) {
          const doc = back.documents.find((d) => d.id === c.documentId)!;
          expect(doc.text.slice(c.start, c.end).length).toBe(c.end - c.start);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('round-trips the sample project and links respondents to their documents', () => {
    const s = sampleSnapshot();
    const back = roundTrip(s);
    expect(describeProject(back)).toEqual(describeProject(s));
    const linked = back.documents.flatMap((d) => d.speakers.filter((x) => x.role.kind === 'respondent'));
    expect(linked.length).toBeGreaterThan(0);
  });

  it('round-trips the fixture transcripts with codings on emoji, diacritics and across turns', async () => {
    const dir = path.resolve(__dirname, '../../../fixtures/transcripts');
    const candidates: ImportCandidate[] = [];
    for (const name of (await fs.readdir(dir)).filter((n) => /\.(txt|docx|vtt|srt)$/.test(n)).sort()) {
      const outcome = await parseSourceFile({ name, bytes: await fs.readFile(path.join(dir, name)) });
      if (!outcome.ok) throw new Error(outcome.error.key);
      candidates.push({ fileName: name, checksum: outcome.checksum, byteLength: outcome.byteLength, transcript: outcome.transcript });
    }
    let s = newProjectSnapshot({ name: 'Fixtures', settings: { language: 'nl', coderName: 'Anna' } }, { now: NOW, newId: nextId });
    s = applyToSnapshot(s, importDocuments(s, candidates, { now: NOW, newId: nextId }));
    const pid = s.project.id;
    const top: Code = { id: nextId(), projectId: pid, parentId: null, label: 'Samenwerking', color: '#1f77b4', description: 'Alles over samenwerking', order: 0, createdAt: NOW, updatedAt: NOW };
    const child: Code = { ...top, id: nextId(), parentId: top.id, label: 'Rolverdeling', color: '#ff7f0e', description: '', inclusion: 'Wie doet wat', order: 0 };
    s.codes = [top, child];
    for (const doc of s.documents) {
      for (const word of ['samenwerking', 'privacy', 'coördinat', '…', 'Noord']) {
        const at = doc.text.indexOf(word);
        if (at >= 0) s.codings.push({ id: nextId(), projectId: pid, documentId: doc.id, codeId: child.id, start: at, end: Math.min(doc.text.length, at + word.length + 40), coder: 'Anna', phase: 'open', createdAt: NOW, updatedAt: NOW });
      }
      const t = doc.turns[Math.floor(doc.turns.length / 2)];
      s.codings.push({ id: nextId(), projectId: pid, documentId: doc.id, codeId: top.id, start: t.start, end: t.end, coder: 'Bram', phase: 'axial', createdAt: NOW, updatedAt: NOW });
    }
    s.memos.push({ id: nextId(), projectId: pid, target: { kind: 'coding', id: s.codings[0].id }, title: 'Let op', text: 'Zie ook interview 3.', author: 'Anna', createdAt: NOW, updatedAt: NOW });
    expect(s.codings.length).toBeGreaterThan(15);
    const back = roundTrip(s);
    expect(describeProject(back)).toEqual(describeProject(s));
  });
});

describe('project.qde schema validity', () => {
  it('validates against Project-mrt2019.xsd with xmllint (sample, empty and random projects)', () => {
    const empty = newProjectSnapshot({ name: 'Leeg', settings: { language: 'nl', coderName: '' } }, { now: NOW, newId: nextId });
    const projects = [sampleSnapshot(), empty, ...fc.sample(shapeArb, { numRuns: 12, seed: 42 }).map(build)];
    for (const p of projects) {
      const lint = xmllintProject(qdeOf(exportQdpx(p, { appName: 'Werkbank test', now: NOW })));
      expect(lint.stderr).toContain('validates');
      expect(lint.status).toBe(0);
    }
  });
});
