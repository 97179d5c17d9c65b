import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/shared/import/docx';
import { paragraphsFromHtml } from '../../../src/shared/import/html-paragraphs';
import type { ParsedTranscript } from '../../../src/shared/import/types';
import { docx, importErrorOf, oleFile } from './sample-bytes';

function turnsOf(transcript: ParsedTranscript): [string, string, number?][] {
  return transcript.turns.map((turn) => {
    const row: [string, string, number?] = [turn.speaker, transcript.text.slice(turn.start, turn.end)];
    if (turn.startTime !== undefined) row.push(turn.startTime);
    return row;
  });
}

describe('parseDocx', () => {
  it('joins paragraphs with newlines, drops empty ones and keeps soft line breaks', async () => {
    const result = await parseDocx(docx([
      'Gesprek met de zorgcoördinator, 12 maart',
      '',
      [{ text: 'Eerste regel' }, { text: 'na een zachte regelafbreking', br: true }],
      'Café & “école” – ruïne… 🙂',
    ]));
    expect(result.text).toBe(
      'Gesprek met de zorgcoördinator, 12 maart\nEerste regel\nna een zachte regelafbreking\nCafé & “école” – ruïne… 🙂',
    );
    expect(result.format).toBe('docx');
    expect(result.encoding).toBe('utf-8');
  });

  it('recognises bold speaker labels with the colon inside or outside the bold run', async () => {
    const result = await parseDocx(docx([
      [{ text: 'Interviewer:', bold: true }, { text: ' Wat betekent passend onderwijs voor jullie school?' }],
      [{ text: 'Juf Marloes', bold: true }, { text: ': Dat we elk kind een plek bieden, ook met een rugzakje.' }],
      'Dat lukt niet altijd.',
      [{ text: 'Interviewer:', bold: true }, { text: ' Waarom niet?' }],
      [{ text: 'Juf Marloes', bold: true }, { text: ': Te weinig handen in de klas.' }],
    ]));
    expect(turnsOf(result)).toEqual([
      ['Interviewer', 'Wat betekent passend onderwijs voor jullie school?'],
      ['Juf Marloes', 'Dat we elk kind een plek bieden, ook met een rugzakje.\nDat lukt niet altijd.'],
      ['Interviewer', 'Waarom niet?'],
      ['Juf Marloes', 'Te weinig handen in de klas.'],
    ]);
    expect(result.speakers).toEqual(['Interviewer', 'Juf Marloes']);
  });

  it('ignores a bold heading that appears once and is not a known role', async () => {
    const result = await parseDocx(docx([
      [{ text: 'Thema 1: samenwerking', bold: true }],
      [{ text: 'Belangrijkste punt:', bold: true }, { text: ' de wachtlijsten.' }],
      [{ text: 'I:', bold: true }, { text: ' Hoe lang wachten jullie?' }],
      'R: Soms een half jaar.',
    ]));
    expect(turnsOf(result)).toEqual([
      ['', 'Thema 1: samenwerking\nBelangrijkste punt: de wachtlijsten.'],
      ['I', 'Hoe lang wachten jullie?'],
      ['R', 'Soms een half jaar.'],
    ]);
  });

  it('reads plain "Naam:" labels by the plain-text rules', async () => {
    const result = await parseDocx(docx(['[00:00:04] Interviewer: Goedemiddag.', 'Respondent: Hallo!']));
    expect(turnsOf(result)).toEqual([
      ['Interviewer', 'Goedemiddag.', 4],
      ['Respondent', 'Hallo!'],
    ]);
  });

  it('recognises the MS Teams export ("Naam   0:03" then the utterance) as teams-docx', async () => {
    const result = await parseDocx(docx([
      'Sanne de Wit   0:03',
      'Fijn dat je wilt meedoen aan dit onderzoek.',
      'Bram Öztürk   0:11',
      'Graag. Ik ben jeugdhulpverlener in Zwolle.',
      'Dat doe ik nu vier jaar.',
      'Sanne de Wit   1:02:07',
      'Dank je wel.',
    ]));
    expect(result.format).toBe('teams-docx');
    expect(turnsOf(result)).toEqual([
      ['Sanne de Wit', 'Fijn dat je wilt meedoen aan dit onderzoek.', 3],
      ['Bram Öztürk', 'Graag. Ik ben jeugdhulpverlener in Zwolle.\nDat doe ik nu vier jaar.', 11],
      ['Sanne de Wit', 'Dank je wel.', 3727],
    ]);
  });

  it('imports a document without labels as one turn with a warning', async () => {
    const result = await parseDocx(docx(['Veldnotities na het bezoek aan de school.', 'Sfeer was goed.']));
    expect(turnsOf(result)).toEqual([['', 'Veldnotities na het bezoek aan de school.\nSfeer was goed.']]);
    expect(result.warnings).toEqual([{ key: 'import.warning.noSpeakers' }]);
  });

  it('reports a document without text as noText', async () => {
    expect(await importErrorOf(() => parseDocx(docx(['', ''])))).toEqual({ code: 'noText', params: {} });
  });

  it('reports a file that is not a zip as docxCorrupt', async () => {
    const error = await importErrorOf(() => parseDocx(strToU8('Dit is gewoon tekst met een .docx-naam.')));
    expect(error).toEqual({ code: 'docxCorrupt', params: { detail: 'no ZIP signature' } });
  });

  it('reports a truncated zip as docxCorrupt', async () => {
    const whole = docx(['Interviewer: Hallo']);
    const error = await importErrorOf(() => parseDocx(whole.subarray(0, 60)));
    expect(error.code).toBe('docxCorrupt');
    expect(String(error.params.detail)).not.toBe('');
  });

  it('reports a zip without word/document.xml as docxCorrupt', async () => {
    const error = await importErrorOf(() => parseDocx(docx(['x'], { omitDocument: true })));
    expect(error).toEqual({ code: 'docxCorrupt', params: { detail: 'word/document.xml missing' } });
  });

  it('reports a document.xml that is not XML as docxCorrupt', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect((await importErrorOf(() => parseDocx(bytes))).code).toBe('docxCorrupt');
  });

  it('tells a password-protected docx (OLE with EncryptionInfo) from an old .doc', async () => {
    expect((await importErrorOf(() => parseDocx(oleFile(['EncryptionInfo', 'EncryptedPackage'])))).code).toBe('docxEncrypted');
    expect((await importErrorOf(() => parseDocx(oleFile(['WordDocument', '1Table'])))).code).toBe('docxLegacyDoc');
  });
});

describe('paragraphsFromHtml', () => {
  it('decodes entities, handles headings, lists and tables, and records a leading bold run', () => {
    const html =
      '<h1>Interview &quot;Noord&quot;</h1><ul><li>punt &#233;&#xe9;n</li></ul>' +
      '<table><tr><td><p>cel</p></td></tr></table><p> <strong>Interviewer:</strong> ja&nbsp;hoor</p><p>a &lt; b</p>';
    expect(paragraphsFromHtml(html)).toEqual([
      { text: 'Interview "Noord"' },
      { text: 'punt één' },
      { text: 'cel' },
      { text: ' Interviewer: ja\u00a0hoor', leadingBoldLength: 12 },
      { text: 'a < b' },
    ]);
  });
});

describe('parseDocx Teams detection', () => {
  it('does not take a single "Pauze 10:30" line in an ordinary document for a Teams heading', async () => {
    const result = await parseDocx(docx([
      'Interviewer: Zullen we even stoppen?',
      'Respondent: Graag.',
      'Pauze 10:30',
      'Interviewer: We gaan verder.',
      'Respondent: Prima.',
    ]));
    expect(result.format).toBe('docx');
    expect(turnsOf(result)[1]).toEqual(['Respondent', 'Graag.\nPauze 10:30']);
  });
});
