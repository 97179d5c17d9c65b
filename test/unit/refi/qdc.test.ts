import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codebookToQdc, parseQdc, qdcToProjectCodes, type QdcCode } from '../../../src/shared/refi/qdc';
import { predefinedCodebookCodes } from '../../../src/shared/codebook/commands';
import { translate } from '../../../src/shared/i18n';
import { sampleSnapshot, testContext } from '../project/sample';

const XSD = path.resolve(__dirname, '../../../../shared/refi/Codebook.xsd');
const enc = (s: string) => new TextEncoder().encode(s);

function xmllint(xml: string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qdc-'));
  const file = path.join(dir, 'codebook.qdc');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) throw new Error('xmllint is not installed (apt-get install libxml2-utils); it is needed to validate .qdc output');
  return { status: r.status, stderr: r.stderr };
}

function snapshot000() {
  const s = sampleSnapshot();
  const { codes } = predefinedCodebookCodes('000-renn4-inpandige-samenwerking', { ...testContext(), projectId: s.project.id });
  s.codes = [...s.codes, ...codes];
  s.codes[0] = { ...s.codes[0], description: 'Regels <b> & "quotes"\nen een tweede regel' };
  return s;
}

const names = (codes: QdcCode[]): unknown => codes.map((c) => [c.name, c.color, c.description, names(c.children)]);

describe('.qdc export', () => {
  it('validates against Codebook.xsd and round-trips names, colours, descriptions and nesting', () => {
    const s = snapshot000();
    const xml = codebookToQdc(s, { origin: 'Werkbank 1.0' });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Werkbank 1.0">')).toBe(true);
    expect(xml).not.toContain('<Sets');
    const lint = xmllint(xml);
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);

    const parsed = parseQdc('x.qdc', enc(xml));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.origin).toBe('Werkbank 1.0');
    const back = qdcToProjectCodes(parsed.codes, { projectId: 'p', now: 'now', newId: testContext('q').newId });
    expect(back).toHaveLength(s.codes.length);
    const top = parsed.codes[0];
    expect(top).toMatchObject({ name: 'Samenwerking', color: '#3366ff', description: 'Regels <b> & "quotes"\nen een tweede regel', isCodable: true });
    expect(top.children[0]).toMatchObject({ name: 'Coördinatie', color: '#ff6633' });
    const deskundigheid = parsed.codes.find((c) => c.name === 'Deskundigheid')!;
    expect(deskundigheid.children.map((c) => c.name).slice(0, 2)).toEqual(['Aanwezigheid expertises', 'Eigen expertise']);
    // Same tree again after a second round trip.
    const again = parseQdc('y.qdc', enc(codebookToQdc({ codes: back })));
    expect(again.ok && names(again.codes)).toEqual(names(parsed.codes));
  });
});

describe('.qdc import', () => {
  const G1 = '11111111-2222-4333-8444-555555555555';
  const G2 = '{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}';
  const ok = (xml: string | Uint8Array) => {
    const r = parseQdc('in.qdc', typeof xml === 'string' ? enc(xml) : xml);
    if (!r.ok) throw new Error(translate('en', r.error.key, r.error.params));
    return r.codes;
  };
  const bad = (xml: string) => {
    const r = parseQdc('in.qdc', enc(xml));
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected failure');
    for (const lang of ['nl', 'en'] as const) expect(translate(lang, r.error.key, r.error.params)).not.toMatch(/\{\w+\}/);
    return r.error;
  };

  it('reads namespace variants, prefixes, BOM + CRLF, empty Sets and absent optional parts', () => {
    for (const ns of ['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:codebook:1:0', 'urn:QDA-XML:codebook:0:4']) {
      const codes = ok(`<?xml version="1.0"?><CodeBook xmlns="${ns}"><Codes><Code guid="${G1}" name="A" isCodable="true"/></Codes><Sets/></CodeBook>`);
      expect(codes).toEqual([{ guid: G1, name: 'A', description: '', isCodable: true, children: [] }]);
    }
    const prefixed = ok(
      '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n<!-- MAXQDA -->\r\n<qdc:CodeBook xmlns:qdc="urn:QDA-XML:codebook:1.0">\r\n<qdc:Codes>\r\n' +
        `<qdc:Code guid="${G2}" name="Zorg &amp; onderwijs" isCodable="false" color="#abc">\r\n<qdc:Description>Regel 1\r\nRegel 2 &#233;</qdc:Description>\r\n` +
        `<qdc:Code guid="${G1}" name="Kind"><qdc:Description><![CDATA[<ruw>]]></qdc:Description></qdc:Code>\r\n</qdc:Code>\r\n</qdc:Codes>\r\n</qdc:CodeBook>\r\n`,
    );
    expect(prefixed[0]).toMatchObject({ guid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', name: 'Zorg & onderwijs', isCodable: false, color: '#aabbcc', description: 'Regel 1\nRegel 2 é' });
    expect(prefixed[0].children[0]).toMatchObject({ name: 'Kind', description: '<ruw>' });
    const noCodes = ok('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>');
    expect(noCodes).toEqual([]);
  });

  it('reads deep nesting', () => {
    const depth = 200;
    let xml = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>';
    for (let i = 0; i < depth; i++) xml += `<Code guid="${G1}" name="n${i}" isCodable="true">`;
    xml += '</Code>'.repeat(depth) + '</Codes></CodeBook>';
    let c = ok(xml)[0];
    let n = 1;
    while (c.children.length) {
      c = c.children[0];
      n++;
    }
    expect(n).toBe(depth);
  });

  it('refuses DOCTYPE and ENTITY declarations', () => {
    const e1 = bad('<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>');
    expect(e1).toMatchObject({ key: 'codebook.qdc.error.unsafe', params: { file: 'in.qdc', line: 2, column: 1 } });
    expect(bad('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&x;" isCodable="true"/></Codes></CodeBook>').key).toBe('codebook.qdc.error.xml');
  });

  it('names line and column of malformed XML', () => {
    const e = bad('<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code guid="' + G1 + '" name="A" isCodable="true">\n  </Codes>\n</CodeBook>');
    expect(e).toMatchObject({ key: 'codebook.qdc.error.xml', params: { line: 4, column: 3 } });
    expect(translate('nl', e.key, e.params)).toContain('regel 4, kolom 3');
    expect(bad('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid=x/></Codes></CodeBook>').params).toMatchObject({ line: 1, column: 62 });
    expect(bad('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook><x/>').key).toBe('codebook.qdc.error.xml');
    expect(bad('').key).toBe('codebook.qdc.error.xml');
    expect(bad('<Project xmlns="urn:QDA-XML:project:1.0"/>').key).toBe('codebook.qdc.error.notCodebook');
    expect(bad('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="A" isCodable="true"/></Codes></CodeBook>')).toMatchObject({ key: 'codebook.qdc.error.invalid', params: { line: 1, column: 51 } });
    const r = parseQdc('in.qdc', new Uint8Array([0x3c, 0xff, 0xfe]));
    expect(!r.ok && r.error.key).toBe('codebook.qdc.error.encoding');
    const big = parseQdc('in.qdc', new Uint8Array(21 * 1024 * 1024));
    expect(!big.ok && big.error.key).toBe('codebook.qdc.error.tooLarge');
  });
});

describe('an empty codebook', () => {
  it('is refused with a message instead of writing a .qdc the schema rejects', () => {
    expect(() => codebookToQdc({ codes: [] })).toThrow(expect.objectContaining({ key: 'codebook.export.emptyCodebook' }));
  });
});
