import { describe, expect, it } from 'vitest';
import { parseTxtText } from '../../../src/shared/import/txt';
import type { ParsedTranscript } from '../../../src/shared/import/types';
import { importErrorOf } from './sample-bytes';

/** Each turn as [speaker, utterance text, startTime?] — what the UI shows. */
function turnsOf(transcript: ParsedTranscript): [string, string, number?][] {
  return transcript.turns.map((turn) => {
    const row: [string, string, number?] = [turn.speaker, transcript.text.slice(turn.start, turn.end)];
    if (turn.startTime !== undefined) row.push(turn.startTime);
    return row;
  });
}

const parse = (text: string) => parseTxtText(text, 'utf-8');

describe('parseTxtText', () => {
  it('keeps the text as imported and points turns at the utterances after the labels', () => {
    const text = 'Interviewer: Hoe is de samenwerking met de jeugdzorg?\nRespondent: Wisselend – soms “heel goed”, soms stroef…\n';
    const result = parse(text);
    expect(result.text).toBe(text);
    expect(result.format).toBe('txt');
    expect(turnsOf(result)).toEqual([
      ['Interviewer', 'Hoe is de samenwerking met de jeugdzorg?'],
      ['Respondent', 'Wisselend – soms “heel goed”, soms stroef…'],
    ]);
    expect(result.speakers).toEqual(['Interviewer', 'Respondent']);
    expect(result.warnings).toEqual([]);
  });

  it('recognises short codes and numbered respondents', () => {
    const result = parse('I: Wat doet de intern begeleider?\nR1: Zij coördineert de zorg.\nR2: En ze praat met ouders.\nRespondent 2: Klopt 👍\nI:Dank je.');
    expect(turnsOf(result)).toEqual([
      ['I', 'Wat doet de intern begeleider?'],
      ['R1', 'Zij coördineert de zorg.'],
      ['R2', 'En ze praat met ouders.'],
      ['Respondent 2', 'Klopt 👍'],
      ['I', 'Dank je.'],
    ]);
  });

  it('accepts names (with tussenvoegsels and a role in brackets) when they recur', () => {
    const text = [
      'Anouk van der Berg (leerkracht): Ik zie het vooral in groep 5.',
      'Daan: Wat zie je dan precies?',
      'Anouk van der Berg (leerkracht): Kinderen die niet meer naar school willen.',
      'Daan: Dank je.',
    ].join('\n');
    expect(turnsOf(parse(text)).map(([speaker]) => speaker)).toEqual([
      'Anouk van der Berg (leerkracht)', 'Daan', 'Anouk van der Berg (leerkracht)', 'Daan',
    ]);
  });

  it('does not take "Let op:", one-off header lines or mid-sentence colons for speakers', () => {
    const text = [
      'Datum: 14 maart',
      'Interviewer: Wat moet ik weten?',
      'Respondent: Nou, het volgende.',
      'Let op: dit geldt alleen voor groep 8.',
      'Conclusie: we gaan het anders doen.',
      'De regel is simpel: eerst de ouders bellen.',
    ].join('\n');
    const result = parse(text);
    expect(turnsOf(result)).toEqual([
      ['', 'Datum: 14 maart'],
      ['Interviewer', 'Wat moet ik weten?'],
      ['Respondent', 'Nou, het volgende.\nLet op: dit geldt alleen voor groep 8.\nConclusie: we gaan het anders doen.\nDe regel is simpel: eerst de ouders bellen.'],
    ]);
    expect(result.speakers).toEqual(['Interviewer', 'Respondent']);
  });

  it('continues a turn over unlabelled lines and blank lines, trimming the surrounding whitespace', () => {
    const text = 'Interviewer:\n  Vertel eens.\n\nRespondent: Eerst dit.\nEn dan dat.\n\n\nInterviewer: Oké.';
    expect(turnsOf(parse(text))).toEqual([
      ['Interviewer', 'Vertel eens.'],
      ['Respondent', 'Eerst dit.\nEn dan dat.'],
      ['Interviewer', 'Oké.'],
    ]);
  });

  it('reads bracketed timestamps before the label, after it and after the colon', () => {
    const text = [
      '[00:01:23] Interviewer: Welkom.',
      'Respondent [01:02:03]: Dank je.',
      '(00:02:05) I: Zullen we beginnen?',
      'R: [00:02:10.5] Ja hoor.',
      '[02:15] R: Prima.',
    ].join('\n');
    expect(turnsOf(parse(text))).toEqual([
      ['Interviewer', 'Welkom.', 83],
      ['Respondent', 'Dank je.', 3723],
      ['I', 'Zullen we beginnen?', 125],
      ['R', 'Ja hoor.', 130.5],
      ['R', 'Prima.', 135],
    ]);
  });

  it('recognises Zoom\'s "[Naam] 00:01:23" layout as zoom-txt', () => {
    const text = '[Sanne Jansen] 00:00:05\nGoedemorgen, fijn dat je er bent.\n\n[Mehmet Yılmaz] 00:00:09\nGraag gedaan.\nIk werk bij de jeugdhulp.\n';
    const result = parse(text);
    expect(result.format).toBe('zoom-txt');
    expect(turnsOf(result)).toEqual([
      ['Sanne Jansen', 'Goedemorgen, fijn dat je er bent.', 5],
      ['Mehmet Yılmaz', 'Graag gedaan.\nIk werk bij de jeugdhulp.', 9],
    ]);
  });

  it('recognises Zoom\'s "00:00:05 Naam: text" layout as zoom-txt', () => {
    const result = parse('00:00:05 Sanne Jansen: Hoe gaat het op school?\n00:00:12 Tim: Beter dan vorig jaar.');
    expect(result.format).toBe('zoom-txt');
    expect(turnsOf(result)).toEqual([
      ['Sanne Jansen', 'Hoe gaat het op school?', 5],
      ['Tim', 'Beter dan vorig jaar.', 12],
    ]);
  });

  it('imports text without speakers as one turn with a warning', () => {
    const text = '\n  Aantekeningen bij het gesprek met de zorgcoördinator.\nGeen labels hier.\n';
    const result = parse(text);
    expect(turnsOf(result)).toEqual([['', 'Aantekeningen bij het gesprek met de zorgcoördinator.\nGeen labels hier.']]);
    expect(result.speakers).toEqual([]);
    expect(result.warnings).toEqual([{ key: 'import.warning.noSpeakers' }]);
  });

  it('does not accept a single name-like label that never recurs', () => {
    const result = parse('Samenvatting: de school wil meer contact met het wijkteam.');
    expect(result.speakers).toEqual([]);
    expect(result.warnings).toEqual([{ key: 'import.warning.noSpeakers' }]);
  });

  it('rejects a file with only whitespace as noText', async () => {
    expect(await importErrorOf(() => parse(' \n\t\n'))).toEqual({ code: 'noText', params: {} });
  });
});
