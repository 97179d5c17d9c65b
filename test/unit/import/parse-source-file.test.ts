import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS, extensionOf, parseSourceFile } from '../../../src/shared/import';
import { translate } from '../../../src/shared/i18n';
import { docx, oleFile, utf16le, utf8, windows1252 } from './sample-bytes';

const TRANSCRIPT = 'Interviewer: Hoe verloopt het overleg met het wijkteam?\nRespondent: Eén keer per maand – dat is te weinig.\n';

async function errorOf(name: string, bytes: Uint8Array, maxBytes?: number) {
  const outcome = await parseSourceFile({ name, bytes }, { maxBytes });
  if (outcome.ok) throw new Error(`expected ${name} to fail`);
  expect(outcome.file).toBe(name);
  return outcome.error;
}

describe('parseSourceFile', () => {
  it('parses a .txt transcript and reports checksum, size and encoding', async () => {
    const bytes = utf8(TRANSCRIPT);
    const outcome = await parseSourceFile({ name: 'interview-03.txt', bytes });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file).toBe('interview-03.txt');
    expect(outcome.byteLength).toBe(bytes.length);
    expect(outcome.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(outcome.transcript.encoding).toBe('utf-8');
    expect(outcome.transcript.speakers).toEqual(['Interviewer', 'Respondent']);
  });

  it('gives the same text and turns for UTF-8, UTF-16 and Windows-1252 copies, but different checksums', async () => {
    const outcomes = await Promise.all(
      [utf8(TRANSCRIPT), utf16le(TRANSCRIPT.replace(/\n/g, '\r\n')), windows1252(TRANSCRIPT.replace(/\n/g, '\r'))].map((bytes) =>
        parseSourceFile({ name: 'gesprek.TXT', bytes }),
      ),
    );
    const [first, ...others] = outcomes.map((outcome) => (outcome.ok ? outcome : expect.unreachable()));
    for (const other of others) {
      expect(other.transcript.text).toBe(first.transcript.text);
      expect(other.transcript.turns).toEqual(first.transcript.turns);
      expect(other.checksum).not.toBe(first.checksum);
    }
    expect(outcomes.map((outcome) => outcome.ok && outcome.transcript.encoding)).toEqual(['utf-8', 'utf-16le', 'windows-1252']);
    expect(outcomes.map((outcome) => outcome.ok && outcome.transcript.warnings)).toEqual([
      [],
      [],
      [{ key: 'import.warning.decodedAs', params: { encoding: 'windows-1252' } }],
    ]);
  });

  it('chooses the parser by extension: .docx, .vtt, .srt', async () => {
    const docxOutcome = await parseSourceFile({ name: 'a.docx', bytes: docx(['I: Hallo', 'R: Hoi']) });
    const vttOutcome = await parseSourceFile({ name: 'b.vtt', bytes: utf8('WEBVTT\n\n00:01.000 --> 00:02.000\n<v I>Hallo') });
    const srtOutcome = await parseSourceFile({ name: 'c.srt', bytes: utf8('1\n00:00:01,000 --> 00:00:02,000\nI: Hallo') });
    expect([docxOutcome, vttOutcome, srtOutcome].map((outcome) => outcome.ok && outcome.transcript.format)).toEqual([
      'docx', 'vtt', 'srt',
    ]);
  });

  it('reads a .txt that is really WebVTT or SRT by its content', async () => {
    const vtt = await parseSourceFile({ name: 'zoom-export.txt', bytes: utf8('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nI: Hallo') });
    const srt = await parseSourceFile({ name: 'ondertitels.txt', bytes: utf8('1\r\n00:00:01,000 --> 00:00:02,000\r\nI: Hallo\r\n') });
    expect(vtt.ok && vtt.transcript.format).toBe('zoom-vtt');
    expect(srt.ok && srt.transcript.format).toBe('srt');
  });

  it('rejects files over the size limit with sizes in MB', async () => {
    const error = await errorOf('opname.txt', new Uint8Array(3 * 1024 * 1024).fill(0x61), 2 * 1024 * 1024);
    expect(error).toEqual({ key: 'import.error.tooLarge', params: { file: 'opname.txt', size: 3, max: 2 } });
    expect(translate('nl', error.key, error.params)).toBe('opname.txt: het bestand is te groot (3 MB; maximaal 2 MB).');
  });

  it('rejects empty files', async () => {
    expect(await errorOf('leeg.docx', new Uint8Array(0))).toEqual({ key: 'import.error.empty', params: { file: 'leeg.docx' } });
  });

  it('rejects unknown extensions, naming the extension', async () => {
    expect(await errorOf('scan.pdf', utf8('%PDF-1.7'))).toEqual({
      key: 'import.error.unknownExtension',
      params: { file: 'scan.pdf', ext: '.pdf' },
    });
    expect(await errorOf('README', utf8('tekst'))).toEqual({ key: 'import.error.unknownExtension', params: { file: 'README', ext: '' } });
  });

  it('explains that a .doc must be saved as .docx, but reads a .doc that is really OOXML', async () => {
    expect(await errorOf('oud.doc', oleFile(['WordDocument']))).toEqual({ key: 'import.error.docxLegacyDoc', params: { file: 'oud.doc' } });
    const renamed = await parseSourceFile({ name: 'hernoemd.doc', bytes: docx(['I: Hallo', 'R: Hoi']) });
    expect(renamed.ok).toBe(true);
  });

  it('reports DOCX problems with the file name', async () => {
    expect(await errorOf('geheim.docx', oleFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual({
      key: 'import.error.docxEncrypted',
      params: { file: 'geheim.docx' },
    });
    expect(await errorOf('kapot.docx', utf8('geen zip'))).toEqual({
      key: 'import.error.docxCorrupt',
      params: { file: 'kapot.docx', detail: 'no ZIP signature' },
    });
  });

  it('rejects a zip or binary disguised as .txt, .vtt or .srt', async () => {
    const zip = docx(['Hallo']);
    for (const name of ['x.txt', 'x.vtt', 'x.srt']) {
      expect(await errorOf(name, zip)).toEqual({ key: 'import.error.binary', params: { file: name } });
    }
    expect(await errorOf('foto.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))).toEqual({
      key: 'import.error.binary',
      params: { file: 'foto.txt' },
    });
  });

  it('maps malformed subtitles to messages with file, line and detail', async () => {
    const error = await errorOf('teams.vtt', utf8('Dit is geen WebVTT\n'));
    expect(error).toEqual({ key: 'import.error.vttMalformed', params: { file: 'teams.vtt', line: 1, detail: 'Dit is geen WebVTT' } });
    expect(translate('en', error.key, error.params)).toBe('teams.vtt: not a valid WebVTT file (line 1: Dit is geen WebVTT).');
    expect((await errorOf('x.srt', utf8('1\nkapot\ntekst'))).params).toEqual({ file: 'x.srt', line: 2, detail: 'kapot' });
  });

  it('reports a text file with only whitespace as noText', async () => {
    expect(await errorOf('leeg.txt', utf8('\r\n \r\n'))).toEqual({ key: 'import.error.noText', params: { file: 'leeg.txt' } });
  });

  it('never throws: an unexpected failure becomes import.error.unexpected with detail', async () => {
    const hostile = { name: 'raar.txt', get bytes(): Uint8Array { throw new Error('schijf weg'); } };
    const outcome = await parseSourceFile(hostile);
    expect(outcome).toEqual({ ok: false, file: 'raar.txt', error: { key: 'import.error.unexpected', params: { file: 'raar.txt', detail: 'schijf weg' } } });
  });

  it('lists the supported extensions and finds extensions case-insensitively', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.docx', '.vtt', '.srt']);
    expect(extensionOf('C:\\Users\\anna\\Interview 1.DOCX')).toBe('.docx');
    expect(extensionOf('map.v2/notities')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
  });
});
