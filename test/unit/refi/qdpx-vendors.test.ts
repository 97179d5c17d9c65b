/**
 * Hand-written projects in the style of the big QDA programs, each with the quirks their exports
 * are known for, and the codings expected at exact characters.
 */
import { describe, expect, it } from 'vitest';
import { importQdpx, type QdpxImportResult } from '../../../src/shared/refi/qdpx-import';
import { importReportLines } from '../../../src/shared/refi/report';
import { translate } from '../../../src/shared/i18n';
import type { ProjectSnapshot } from '../../../src/shared/model/types';
import { enc, makeZip } from './qdpx-helpers';

const ok = (r: QdpxImportResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
/** Code point index of `needle` in `text` (what the standard counts). */
const cp = (text: string, needle: string) => Array.from(text.slice(0, text.indexOf(needle))).length;
const coded = (s: ProjectSnapshot) =>
  s.codings
    .map((c) => {
      const code = s.codes.find((x) => x.id === c.codeId)!;
      return [code.label, s.documents.find((d) => d.id === c.documentId)!.text.slice(c.start, c.end), c.coder];
    })
    .sort((a, b) => a.join().localeCompare(b.join()));
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('ATLAS.ti style', () => {
  const raw = 'Interviewer: Hoe gaat het?\r\nR: Goed 😀, de coördinatie loopt.\r\nR: Maar privacy is lastig.';
  const G = { src: '9A1B2C3D-0000-4000-8000-00000000000A', c1: 'C0DE0001-AAAA-4BBB-8CCC-DDDDDDDDDDDD', c2: 'C0DE0002-AAAA-4BBB-8CCC-DDDDDDDDDDDD', u: 'ABCDEF01-2345-4678-89AB-CDEF01234567' };
  const a = cp(raw, 'coördinatie');
  const b = cp(raw, 'privacy');
  const qde = crlf(`<?xml version="1.0" encoding="utf-8" standalone="no"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" name="Trial" origin="ATLAS.ti 23.0.8">
  <Users><User guid="${G.u}" name="Marieke"/></Users>
  <CodeBook><Codes>
    <Code guid="${G.c1}" name="Samenwerking::Coördinatie" isCodable="true" color="#FF8000"/>
    <Code guid="${G.c2}" name="Samenwerking::Privacy" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${G.src}" name="Interview 1.docx" richTextPath="internal://${G.src}.docx" plainTextPath="internal://${G.src}.txt">
      <PlainTextSelection guid="5E1E0001-0000-4000-8000-000000000001" name="coördinatie" startPosition="${a}" endPosition="${a + 11}" creatingUser="${G.u}">
        <Coding guid="C0D10001-0000-4000-8000-000000000001" creatingUser="${G.u}"><CodeRef targetGUID="${G.c1.toLowerCase()}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="5E1E0002-0000-4000-8000-000000000002" name="privacy" startPosition="${b}" endPosition="${b + 7}" creatingUser="${G.u}">
        <Coding guid="C0D10002-0000-4000-8000-000000000002" creatingUser="${G.u}"><CodeRef targetGUID="{${G.c2}}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
`);
  const zip = makeZip([
    { name: 'Trial.qde', data: qde, method: 0 },
    { name: 'Sources/', data: '', method: 0 },
    { name: `Sources/${G.src}.txt`, data: raw, method: 0 },
    { name: `Sources/${G.src}.docx`, data: 'not read', method: 0 },
  ]);

  it('reads Trial.qde from stored entries, rebuilds Group::Code and applies positions before normalising CRLF', () => {
    const r = ok(importQdpx('Trial.qdpx', zip, { now: '2026-01-01T00:00:00.000Z' }));
    const s = r.snapshot;
    expect(r.report.projectEntry).toBe('Trial.qde');
    expect(s.project.name).toBe('Trial');
    expect(s.documents[0].text).toBe(raw.replace(/\r\n/g, '\n'));
    expect(s.documents[0].name).toBe('Interview 1.docx');
    expect(coded(s)).toEqual([
      ['Coördinatie', 'coördinatie', 'Marieke'],
      ['Privacy', 'privacy', 'Marieke'],
    ]);
    const group = s.codes.find((c) => c.label === 'Samenwerking')!;
    expect(s.codes.filter((c) => c.parentId === group.id).map((c) => c.label)).toEqual(['Coördinatie', 'Privacy']);
    expect(s.codes.find((c) => c.label === 'Coördinatie')!.color).toBe('#ff8000');
    expect(r.report.sources[0]).toMatchObject({ positionModel: 'codepoints', positionReason: 'standard', lineEnds: 'crlf', codings: 2 });
    expect(r.report.notes.map((n) => n.key)).toContain('refi.note.codeGroups');
    expect(r.report.skipped).toEqual([]);
  });
});

describe('NVivo style', () => {
  const raw = 'Interviewer: Hoe ervaart u de samenwerking?\r\nRespondent: 👩🏽‍🏫 De intern begeleider is geweldig.\r\nRespondent: Het budget 💶 is jaarlijks.';
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(raw)]);
  const sel = (guid: string, word: string, code: string) => {
    const at = raw.indexOf(word); // UTF-16 code units after the BOM, CR and LF counted separately
    return `<PlainTextSelection guid="${guid}" startPosition="${at}" endPosition="${at + word.length}"><Coding guid="${guid.replace('5e1e', 'c0d1')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
  };
  const project = (origin: string, selections: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo project" ${origin}>
  <CodeBook><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="Ondersteuning" isCodable="true"/><Code guid="22222222-2222-4222-8222-222222222222" name="Financiering" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="33333333-3333-4333-8333-333333333333" name="Interview 2" plainTextPath="internal://33333333-3333-4333-8333-333333333333.txt">${selections}</TextSource></Sources>
</Project>`;
  const selections = sel('5e1e0000-0000-4000-8000-000000000001', 'intern begeleider', '11111111-1111-4111-8111-111111111111') + sel('5e1e0000-0000-4000-8000-000000000002', 'jaarlijks', '22222222-2222-4222-8222-222222222222');
  const zipOf = (qde: string) => makeZip([{ name: 'project.qde', data: qde }, { name: 'sources/33333333-3333-4333-8333-333333333333.txt', data: bytes }]);

  it('detects NVivo from origin and reads UTF-16 positions of a BOM + CRLF source', () => {
    const r = ok(importQdpx('nvivo.qdpx', zipOf(project('origin="NVivo 14.23.0 (Windows)"', selections))));
    expect(coded(r.snapshot)).toEqual([
      ['Financiering', 'jaarlijks', ''],
      ['Ondersteuning', 'intern begeleider', ''],
    ]);
    expect(r.report.sources[0]).toMatchObject({ positionModel: 'utf16', positionReason: 'origin', lineEnds: 'crlf' });
    expect(r.snapshot.documents[0].text.startsWith('Interviewer:')).toBe(true);
    const lines = importReportLines(r.report, (k, p) => translate('en', k, p));
    expect(lines.join('\n')).toContain('UTF-16 code units (NVivo project)');
  });

  it('detects UTF-16 positions without an origin when an end lies beyond the code point length', () => {
    const end = raw.length; // only possible in UTF-16 units: the text has astral characters
    const last = `<PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000003" startPosition="${end - 10}" endPosition="${end}"><Coding guid="c0d10000-0000-4000-8000-000000000003"><CodeRef targetGUID="22222222-2222-4222-8222-222222222222"/></Coding></PlainTextSelection>`;
    const r = ok(importQdpx('x.qdpx', zipOf(project('', selections + last))));
    expect(r.report.sources[0]).toMatchObject({ positionModel: 'utf16', positionReason: 'offsets' });
    expect(coded(r.snapshot).map((c) => c[1]).sort()).toEqual(['intern begeleider', 'jaarlijks', raw.slice(-10)]);
    expect(raw.slice(-10)).toBe('jaarlijks.');
  });
});

describe('MAXQDA / QualCoder style', () => {
  const text = 'Respondent: We hebben een gedeelde visie.\nMaar de rollen zijn onduidelijk. Ça va.\n';
  const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const qde = `<?xml version="1.0" encoding="UTF-8"?>
<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" xmlns:unused="urn:example:unused" name="Masterthesis" origin="MAXQDA 2022 (Release 22.7.0)" creationDateTime="2024-02-01T10:00:00Z">
  <qda:Users><qda:User guid="${g(1)}" name="Jeroen"/></qda:Users>
  <qda:CodeBook><qda:Codes>
    <qda:Code guid="${g(10)}" name="Factoren" isCodable="false" color="#336699">
      <qda:Description>Werkzame factoren

Inclusie: alles wat helpt</qda:Description>
      <qda:Code guid="${g(11)}" name="Visie" isCodable="true">
        <qda:Code guid="${g(12)}" name="Gedeeld" isCodable="true" color="#0F0"/>
      </qda:Code>
      <qda:Code guid="${g(13)}" name="Rollen" isCodable="true"/>
    </qda:Code>
  </qda:Codes></qda:CodeBook>
  <qda:Variables>
    <qda:Variable guid="${g(20)}" name="Functie" typeOfVariable="Text"/>
    <qda:Variable guid="${g(21)}" name="Locatie" typeOfVariable="Text"/>
    <qda:Variable guid="${g(22)}" name="Leeftijd" typeOfVariable="Integer"/>
  </qda:Variables>
  <qda:Cases>
    <qda:Case guid="${g(30)}" name="Respondent A">
      <qda:VariableValue><qda:VariableRef targetGUID="${g(20)}"/><qda:TextValue>leerkracht</qda:TextValue></qda:VariableValue>
      <qda:VariableValue><qda:VariableRef targetGUID="${g(21)}"/><qda:TextValue>Zuid</qda:TextValue></qda:VariableValue>
      <qda:VariableValue><qda:VariableRef targetGUID="${g(22)}"/><qda:IntegerValue>41</qda:IntegerValue></qda:VariableValue>
      <qda:SourceRef targetGUID="${g(40)}"/>
    </qda:Case>
  </qda:Cases>
  <qda:Sources>
    <qda:TextSource guid="${g(40)}" name="Interview A">
      <qda:PlainTextContent>${text}</qda:PlainTextContent>
      <qda:PlainTextSelection guid="${g(50)}" startPosition="${cp(text, 'gedeelde visie')}" endPosition="${cp(text, 'gedeelde visie') + 14}" creatingUser="${g(1)}">
        <qda:Coding guid="${g(51)}" creatingUser="${g(1)}"><qda:CodeRef targetGUID="${g(12)}"/></qda:Coding>
      </qda:PlainTextSelection>
      <qda:PlainTextSelection guid="${g(52)}" startPosition="${cp(text, 'rollen')}" endPosition="${cp(text, 'onduidelijk') + 11}">
        <qda:Coding guid="${g(53)}"><qda:CodeRef targetGUID="${g(13)}"/></qda:Coding>
        <qda:Coding guid="${g(54)}"><qda:CodeRef targetGUID="${g(11)}"/></qda:Coding>
      </qda:PlainTextSelection>
      <qda:PlainTextSelection guid="${g(55)}" name="Mooi citaat" startPosition="${cp(text, 'Ça va')}" endPosition="${cp(text, 'Ça va') + 5}">
        <qda:Description>Frans in een Nederlands interview</qda:Description>
      </qda:PlainTextSelection>
      <qda:NoteRef targetGUID="${g(60)}"/>
    </qda:TextSource>
    <qda:PDFSource guid="${g(70)}" name="Beleidsplan.pdf" path="internal://${g(70)}.pdf">
      <qda:PDFSelection guid="${g(71)}" page="1" firstX="1" firstY="1" secondX="100" secondY="100">
        <qda:Coding guid="${g(72)}"><qda:CodeRef targetGUID="${g(13)}"/></qda:Coding>
      </qda:PDFSelection>
    </qda:PDFSource>
    <qda:TextSource guid="${g(80)}" name="Extern" plainTextPath="relative://interviews/extern.txt">
      <qda:PlainTextSelection guid="${g(81)}" startPosition="0" endPosition="3"/>
    </qda:TextSource>
  </qda:Sources>
  <qda:Notes>
    <qda:Note guid="${g(60)}" name="Indruk" creatingUser="${g(1)}"><qda:PlainTextContent>Open gesprek.</qda:PlainTextContent></qda:Note>
    <qda:Note guid="${g(61)}" name="Losse notitie"><qda:PlainTextContent>Nergens aan gekoppeld.</qda:PlainTextContent></qda:Note>
    <qda:Note guid="${g(62)}" name="Over rollen"><qda:PlainTextContent>Via een link.</qda:PlainTextContent></qda:Note>
  </qda:Notes>
  <qda:Links><qda:Link guid="${g(90)}" originGUID="${g(62)}" targetGUID="${g(13)}"/></qda:Links>
  <qda:Sets><qda:Set guid="${g(95)}" name="Set 1"/></qda:Sets>
</qda:Project>`;
  const zip = makeZip([
    { name: 'project.qde', data: qde },
    { name: `sources/${g(70)}.pdf`, data: '%PDF-1.4' },
  ]);

  it('reads prefixed XML, nested codes, inline text, cases, notes, quotations and lists what it skipped', () => {
    const r = ok(importQdpx('master.qdpx', zip));
    const s = r.snapshot;
    expect(coded(s)).toEqual([
      ['Gedeeld', 'gedeelde visie', 'Jeroen'],
      ['Rollen', 'rollen zijn onduidelijk', ''],
      ['Visie', 'rollen zijn onduidelijk', ''],
    ]);
    const byLabel = new Map(s.codes.map((c) => [c.label, c]));
    expect(byLabel.get('Gedeeld')!.parentId).toBe(byLabel.get('Visie')!.id);
    expect(byLabel.get('Visie')!.parentId).toBe(byLabel.get('Factoren')!.id);
    expect(byLabel.get('Gedeeld')!.color).toBe('#00ff00');
    expect(byLabel.get('Visie')!.color).toBe('#336699');
    expect(byLabel.get('Factoren')).toMatchObject({ description: 'Werkzame factoren', inclusion: 'alles wat helpt' });
    expect(s.respondents).toEqual([expect.objectContaining({ pseudonym: 'Respondent A', role: 'leerkracht', attributes: { Locatie: 'Zuid' } })]);
    expect(s.documents[0].speakers.find((x) => x.label === 'Respondent')!.role).toEqual({ kind: 'respondent', respondentId: s.respondents[0].id });
    const memo = (title: string) => s.memos.find((m) => m.title === title)!;
    expect(memo('Indruk')).toMatchObject({ target: { kind: 'document', id: s.documents[0].id }, text: 'Open gesprek.', author: 'Jeroen' });
    expect(memo('Losse notitie').target).toEqual({ kind: 'project' });
    expect(memo('Over rollen').target).toEqual({ kind: 'code', id: byLabel.get('Rollen')!.id });
    expect(memo('Mooi citaat')).toMatchObject({ target: { kind: 'document', id: s.documents[0].id }, text: '“Ça va”\n\nFrans in een Nederlands interview' });
    const skipped = Object.fromEntries(r.report.skipped.map((x) => [x.kind, x.count]));
    expect(skipped).toMatchObject({ pdfSources: 1, pdfSelections: 1, mediaCodings: 1, missingSources: 1, selectionsOfMissingSources: 1, variableTypes: 1, sets: 1 });
    expect(r.report.skipped.find((x) => x.kind === 'missingSources')!.examples[0]).toContain('relative://interviews/extern.txt');
    expect(r.report.notes.map((n) => n.key)).toContain('refi.note.quotations');
    const text = importReportLines(r.report, (k, p) => translate('nl', k, p)).join('\n');
    expect(text).toContain('Niet overgenomen:');
    expect(text).toContain('1 PDF-bron (bijv. Beleidsplan.pdf)');
    expect(text).toContain('master.qdpx: 1 document, 4 codes, 3 coderingen, 4 memo’s, 1 respondent, 1 codeur.');
    expect(text).toContain('Interview A: 3 coderingen; posities als Unicode-codepunten');
    expect(text).not.toMatch(/refi\./);
  });
});
