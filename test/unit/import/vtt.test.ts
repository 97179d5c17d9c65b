import { describe, expect, it } from 'vitest';
import { parseVtt, parseVttText } from '../../../src/shared/import/vtt';
import type { ParsedTranscript } from '../../../src/shared/import/types';
import { importErrorOf, utf8, withUtf8Bom } from './sample-bytes';

function turnsOf(transcript: ParsedTranscript): [string, string, number?, number?][] {
  return transcript.turns.map((turn) => [turn.speaker, transcript.text.slice(turn.start, turn.end), turn.startTime, turn.endTime]);
}

const parse = (text: string) => parseVttText(text, 'utf-8');

describe('parseVtt', () => {
  it('reads voice tags, merges consecutive cues of one speaker and lays out "Speaker: utterance" lines', () => {
    const result = parse(
      [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:04.500',
        '<v Interviewer>Hoe ervaar je de overstap naar het voortgezet onderwijs?',
        '',
        '00:00:05.000 --> 00:00:07.250',
        '<v Leerling>Spannend.</v>',
        '',
        '00:00:07.250 --> 00:00:10.000',
        '<v Leerling>Maar ook leuk,',
        'ik ken er al iemand.</v>',
        '',
        '00:00:10.500 --> 00:00:12.000',
        '<v Interviewer>Mooi.',
      ].join('\n'),
    );
    expect(result.format).toBe('vtt');
    expect(result.text).toBe(
      'Interviewer: Hoe ervaar je de overstap naar het voortgezet onderwijs?\n' +
        'Leerling: Spannend. Maar ook leuk, ik ken er al iemand.\n' +
        'Interviewer: Mooi.',
    );
    expect(turnsOf(result)).toEqual([
      ['Interviewer', 'Hoe ervaar je de overstap naar het voortgezet onderwijs?', 1, 4.5],
      ['Leerling', 'Spannend. Maar ook leuk, ik ken er al iemand.', 5, 10],
      ['Interviewer', 'Mooi.', 10.5, 12],
    ]);
    expect(result.speakers).toEqual(['Interviewer', 'Leerling']);
    expect(result.warnings).toEqual([]);
  });

  it('follows the spec: BOM, header text, metadata, NOTE/STYLE/REGION blocks, ids, mm:ss times, cue settings, CRLF', () => {
    const source = [
      'WEBVTT - Interview ouder, school Oost',
      'Kind: captions',
      'Language: nl',
      '',
      'NOTE Getranscribeerd door een onderzoeksassistent',
      'met toestemming van de ouder',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'REGION',
      'id:links width:40%',
      '',
      'cue-1',
      '00:02.000 --> 00:03.500 align:start position:10% line:0',
      '<v.loud Ouder>We voelden ons niet gehoord!',
      '',
      'cue-2',
      '01:00:03.000 --> 01:00:04.000',
      '<v Ouder><i>Echt</i> <b>niet</b> <u>hoor</u> <c.geel>–</c> <lang en>sorry</lang><00:00:03.500> 😅</v>',
      '',
    ].join('\r\n');
    const result = parseVtt(withUtf8Bom(source));
    expect(result.encoding).toBe('utf-8');
    expect(turnsOf(result)).toEqual([['Ouder', 'We voelden ons niet gehoord! Echt niet hoor – sorry 😅', 2, 3604]]);
    expect(result.text.startsWith('Ouder: We')).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('decodes character references in cue text and voice names', () => {
    const result = parse('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Zorg&amp;Co>Jip &amp; Janneke &lt;3 &gt; ca&nbsp;5 &lrm;ok &#233;&#x1F600;');
    expect(turnsOf(result)).toEqual([['Zorg&Co', 'Jip & Janneke <3 > ca\u00a05 \u200eok é😀', 1, 2]]);
  });

  it('splits one cue with two voices into two turns', () => {
    const result = parse('WEBVTT\n\n00:01.000 --> 00:03.000\n<v Moeder>Klopt dat?</v>\n<v Vader>Ja.</v>');
    expect(turnsOf(result)).toEqual([
      ['Moeder', 'Klopt dat?', 1, 3],
      ['Vader', 'Ja.', 1, 3],
    ]);
  });

  it('recognises Zoom\'s "Naam: text" cues as zoom-vtt', () => {
    const result = parse(
      [
        'WEBVTT',
        '',
        '1',
        '00:00:00.840 --> 00:00:03.120',
        'Femke Bakker: Goedemorgen, kun je je even voorstellen?',
        '',
        '2',
        '00:00:03.900 --> 00:00:06.000',
        'Youssef El Amrani: Ik ben orthopedagoog bij een samenwerkingsverband.',
        '',
        '3',
        '00:00:06.000 --> 00:00:08.400',
        'Youssef El Amrani: Al zes jaar.',
        '',
        '4',
        '00:00:09.000 --> 00:00:09.800',
        'Femke Bakker: Dank je.',
      ].join('\n'),
    );
    expect(result.format).toBe('zoom-vtt');
    expect(turnsOf(result)).toEqual([
      ['Femke Bakker', 'Goedemorgen, kun je je even voorstellen?', 0.84, 3.12],
      ['Youssef El Amrani', 'Ik ben orthopedagoog bij een samenwerkingsverband. Al zes jaar.', 3.9, 8.4],
      ['Femke Bakker', 'Dank je.', 9, 9.8],
    ]);
  });

  it('recognises MS Teams cues (GUID/n-n ids with voice tags) as teams-vtt', () => {
    const result = parse(
      [
        'WEBVTT',
        '',
        '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6f7a8b9c/12-0',
        '00:00:01.230 --> 00:00:02.990',
        '<v Lotte Hendriks>Hoi allemaal.</v>',
        '',
        '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6f7a8b9c/13-0',
        '00:00:03.100 --> 00:00:05.000',
        '<v Ruud de Graaf>Hallo Lotte.</v>',
      ].join('\n'),
    );
    expect(result.format).toBe('teams-vtt');
    expect(result.speakers).toEqual(['Lotte Hendriks', 'Ruud de Graaf']);
  });

  it('does not take "Let op:" inside a cue for a speaker', () => {
    const result = parse('WEBVTT\n\n00:01.000 --> 00:02.000\n<v I>Let op: dit is vertrouwelijk.');
    expect(turnsOf(result)).toEqual([['I', 'Let op: dit is vertrouwelijk.', 1, 2]]);
  });

  it('keeps cues without speaker apart, each with its own time, and warns that no speakers were found', () => {
    const result = parse('WEBVTT\n\n00:01.000 --> 00:02.000\nEerste zin.\n\n00:02.000 --> 00:03.000\nTweede zin.');
    expect(result.text).toBe('Eerste zin.\nTweede zin.');
    expect(turnsOf(result)).toEqual([['', 'Eerste zin.', 1, 2], ['', 'Tweede zin.', 2, 3]]);
    expect(result.warnings).toEqual([{ key: 'import.warning.noSpeakers' }]);
  });

  it('counts cues without a speaker when others have one', () => {
    const result = parse('WEBVTT\n\n00:01.000 --> 00:02.000\n<v I>Vraag?\n\n00:02.000 --> 00:03.000\n(gelach)');
    expect(result.text).toBe('I: Vraag?\n(gelach)');
    expect(result.warnings).toEqual([{ key: 'import.warning.cuesWithoutSpeaker', params: { count: 1 } }]);
  });

  it('skips cues with unreadable timings or an end before the start, with a warning naming the first line', () => {
    const result = parse(
      [
        'WEBVTT',
        '',
        '00:01.000 --> 00:02.000',
        '<v R>Goed.',
        '',
        '00:03.000 -> 00:04.000',
        '<v R>Kapot.',
        '',
        '00:09.000 --> 00:05.000',
        '<v R>Achteruit.',
        '',
        '00:10.000 --> 00:11.000',
        '<v R>Ook goed.',
      ].join('\n'),
    );
    expect(turnsOf(result)).toEqual([['R', 'Goed. Ook goed.', 1, 11]]);
    expect(result.warnings).toEqual([{ key: 'import.warning.skippedCues', params: { count: 2, line: 6 } }]);
  });

  it('starts a new cue at a timing line inside a payload, as the spec parser does', () => {
    const result = parse('WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Een\n00:02.000 --> 00:03.000\n<v B>Twee');
    expect(turnsOf(result)).toEqual([
      ['A', 'Een', 1, 2],
      ['B', 'Twee', 2, 3],
    ]);
  });

  it('rejects a file without the WEBVTT signature on line 1', async () => {
    expect(await importErrorOf(() => parseVtt(utf8('1\n00:00:01,000 --> 00:00:02,000\nHallo')))).toEqual({
      code: 'vttMalformed',
      params: { line: 1, detail: '1' },
    });
    expect((await importErrorOf(() => parse('WEBVTTX\n\n00:01.000 --> 00:02.000\nHoi'))).code).toBe('vttMalformed');
  });

  it('rejects a file in which no cue parses, naming the first bad line', async () => {
    expect(await importErrorOf(() => parse('WEBVTT\n\n00:01 --> 00:02\nHallo\n\n0:1.000 --> 0:2.000\nDaar'))).toEqual({
      code: 'vttMalformed',
      params: { line: 3, detail: '00:01 --> 00:02' },
    });
  });

  it('rejects a file with only a header as noText', async () => {
    expect(await importErrorOf(() => parse('WEBVTT\n\nNOTE alleen een notitie\n'))).toEqual({ code: 'noText', params: {} });
  });
});
