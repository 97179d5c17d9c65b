import { describe, expect, it } from 'vitest';
import { parseSrt, parseSrtText } from '../../../src/shared/import/srt';
import type { ParsedTranscript } from '../../../src/shared/import/types';
import { importErrorOf, windows1252 } from './sample-bytes';

function turnsOf(transcript: ParsedTranscript): [string, string, number?, number?][] {
  return transcript.turns.map((turn) => [turn.speaker, transcript.text.slice(turn.start, turn.end), turn.startTime, turn.endTime]);
}

const parse = (text: string) => parseSrtText(text, 'utf-8');

describe('parseSrt', () => {
  it('reads numbered blocks with "Naam:" speakers, merging consecutive cues of one speaker', () => {
    const result = parse(
      [
        '1',
        '00:00:01,000 --> 00:00:04,000',
        'Interviewer: Hoe gaat het met de',
        'aansluiting op de jeugdzorg?',
        '',
        '2',
        '00:00:04,500 --> 00:00:06,000',
        'Respondent: Het wordt beter.',
        '',
        '3',
        '00:00:06.000 --> 00:00:09.120',
        'Maar er is nog veel te doen… 😬',
        '',
      ].join('\n'),
    );
    expect(result.format).toBe('srt');
    expect(result.text).toBe(
      'Interviewer: Hoe gaat het met de aansluiting op de jeugdzorg?\nRespondent: Het wordt beter.\nMaar er is nog veel te doen… 😬',
    );
    expect(turnsOf(result)).toEqual([
      ['Interviewer', 'Hoe gaat het met de aansluiting op de jeugdzorg?', 1, 4],
      ['Respondent', 'Het wordt beter.', 4.5, 6],
      ['', 'Maar er is nog veel te doen… 😬', 6, 9.12],
    ]);
    expect(result.warnings).toEqual([{ key: 'import.warning.cuesWithoutSpeaker', params: { count: 1 } }]);
  });

  it('strips <i>, <b>, <font> and {\\an8} markup and decodes entities', () => {
    const result = parse('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Zachtjes</i> <font color="#ffff00">gezegd</font> &amp; <b>klaar</b>');
    expect(turnsOf(result)).toEqual([['', 'Zachtjes gezegd & klaar', 1, 2]]);
  });

  it('splits "- " dialogue lines into separate turns, named or not', () => {
    const named = parse('1\n00:00:01,000 --> 00:00:03,000\n- Moeder: Ging het goed?\n- Zoon: Ja hoor.\n\n2\n00:00:03,000 --> 00:00:04,000\nZoon: Echt.\n\n3\n00:00:04,000 --> 00:00:05,000\nMoeder: Mooi.');
    expect(turnsOf(named)).toEqual([
      ['Moeder', 'Ging het goed?', 1, 3],
      ['Zoon', 'Ja hoor. Echt.', 1, 4],
      ['Moeder', 'Mooi.', 4, 5],
    ]);
    const unnamed = parse('1\n00:00:01,000 --> 00:00:03,000\n- Ging het goed?\n- Ja hoor.');
    expect(turnsOf(unnamed)).toEqual([
      ['', 'Ging het goed?', 1, 3],
      ['', 'Ja hoor.', 1, 3],
    ]);
  });

  it('decodes a Windows-1252 file with CRLF line ends', () => {
    const result = parseSrt(windows1252('1\r\n00:00:01,000 --> 00:00:02,000\r\nI: Hoe was de ‘overdracht’ – goed?\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nR: Ja, één keer.\r\n'));
    expect(result.encoding).toBe('windows-1252');
    expect(turnsOf(result)).toEqual([
      ['I', 'Hoe was de ‘overdracht’ – goed?', 1, 2],
      ['R', 'Ja, één keer.', 2, 3],
    ]);
  });

  it('keeps text after a blank line inside a cue with that cue', () => {
    const result = parse('1\n00:00:01,000 --> 00:00:02,000\nR: Eerst dit\n\nen dan dat.\n\n2\n00:00:03,000 --> 00:00:04,000\nI: Oké.');
    expect(turnsOf(result)).toEqual([
      ['R', 'Eerst dit en dan dat.', 1, 2],
      ['I', 'Oké.', 3, 4],
    ]);
  });

  it('skips blocks with a broken timing line or an end before the start, with a warning', () => {
    const result = parse('1\n00:00:01,000 --> 00:00:02,000\nR: Goed.\n\n2\n00:00:02 --> 00:00:03\nR: Kapot.\n\n3\n00:00:09,000 --> 00:00:04,000\nR: Terug.');
    expect(turnsOf(result)).toEqual([['R', 'Goed.', 1, 2]]);
    expect(result.warnings).toEqual([{ key: 'import.warning.skippedCues', params: { count: 2, line: 6 } }]);
  });

  it('rejects a file in which no block parses, naming the line', async () => {
    expect(await importErrorOf(() => parse('1\nnul tot twee seconden\nHallo'))).toEqual({
      code: 'srtMalformed',
      params: { line: 2, detail: 'nul tot twee seconden' },
    });
    expect(await importErrorOf(() => parse('Gewone tekst, geen ondertitels.'))).toEqual({
      code: 'srtMalformed',
      params: { line: 1, detail: 'Gewone tekst, geen ondertitels.' },
    });
  });

  it('rejects a file of only blank lines as noText', async () => {
    expect(await importErrorOf(() => parse('\n\n  \n'))).toEqual({ code: 'noText', params: {} });
  });
});
