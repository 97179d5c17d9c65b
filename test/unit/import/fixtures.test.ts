/**
 * The team-written fixtures (fixtures/transcripts, fixtures/bad, fixtures/audio) through the real
 * entry point, as a user's import would see them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../src/shared/import';
import { translate } from '../../../src/shared/i18n';
import type { ParsedTranscript } from '../../../src/shared/import/types';

const root = join(import.meta.dirname, '../../../fixtures');
const read = (dir: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(root, dir, name))) });

async function transcriptOf(name: string): Promise<ParsedTranscript> {
  const outcome = await parseSourceFile(read('transcripts', name));
  if (!outcome.ok) throw new Error(translate('en', outcome.error.key, outcome.error.params));
  return outcome.transcript;
}

const expected: Record<string, { format: string; encoding: string; speakers: string[]; timed: boolean }> = {
  '01-directeur-noord.txt': { format: 'txt', encoding: 'utf-8', speakers: ['Interviewer', 'Respondent'], timed: false },
  '02-leerkracht-noord.txt': { format: 'txt', encoding: 'windows-1252', speakers: ['I', 'R'], timed: false },
  '03-orthopedagoog-zuid.docx': { format: 'docx', encoding: 'utf-8', speakers: ['Interviewer', 'Orthopedagoog'], timed: false },
  '04-zorgpartner-zuid.vtt': { format: 'vtt', encoding: 'utf-8', speakers: ['Sanne Kuipers', 'Marco de Wit'], timed: true },
  '05-leerkracht-zuid.srt': { format: 'srt', encoding: 'utf-8', speakers: ['Sanne', 'Ilse'], timed: true },
  '06-intern-begeleider-noord-teams.vtt': { format: 'teams-vtt', encoding: 'utf-8', speakers: ['Sanne Kuipers', 'Hanneke Bosma'], timed: true },
  '07-jeugdhulp-noord-teams.docx': { format: 'teams-docx', encoding: 'utf-8', speakers: ['Sanne Kuipers', 'Youssef El Amrani', 'Joke Veenstra'], timed: true },
};

describe('fixture transcripts', () => {
  it('covers every file in fixtures/transcripts', () => {
    const files = readdirSync(join(root, 'transcripts')).filter((n) => !n.endsWith('.md') && !n.startsWith('.'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.format}, ${want.encoding}, speakers ${want.speakers.join(' / ')}`, async () => {
      const t = await transcriptOf(name);
      expect(t.format).toBe(want.format);
      expect(t.encoding).toBe(want.encoding);
      expect(t.speakers).toEqual(want.speakers);
      expect(t.text).not.toMatch(/\r/);
      expect(t.text).not.toMatch(/[\u0080-\u009f\ufffd]/); // no mis-decoded characters
      const spoken = t.turns.filter((turn) => turn.speaker !== '');
      expect(spoken.length).toBeGreaterThan(30);
      let previousEnd = 0;
      for (const turn of t.turns) {
        expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
        expect(turn.end).toBeGreaterThan(turn.start);
        const utterance = t.text.slice(turn.start, turn.end);
        expect(utterance).toBe(utterance.trim());
        // The label is never part of the utterance, so a coding can never include it.
        if (turn.speaker) expect(utterance.startsWith(`${turn.speaker}:`)).toBe(false);
        previousEnd = turn.end;
      }
      const words = spoken.reduce((n, turn) => n + t.text.slice(turn.start, turn.end).split(/\s+/).length, 0);
      expect(words).toBeGreaterThan(1400);
      if (want.timed) {
        const timed = spoken.filter((turn) => turn.startTime !== undefined);
        expect(timed.length).toBe(spoken.length);
        for (let i = 1; i < timed.length; i++) expect(timed[i].startTime!).toBeGreaterThanOrEqual(timed[i - 1].startTime!);
        // Teams' DOCX export carries start times only; where an end exists it follows the start.
        for (const turn of timed) if (turn.endTime !== undefined) expect(turn.endTime).toBeGreaterThanOrEqual(turn.startTime!);
      }
    });
  }

  it('reads the Windows-1252 transcript with its Dutch punctuation intact', async () => {
    const t = await transcriptOf('02-leerkracht-noord.txt');
    for (const ch of ['ë', 'ï', 'é', '‘', '’', '“', '”', '–', '…', '€']) expect(t.text).toContain(ch);
    expect(t.warnings).toEqual([{ key: 'import.warning.decodedAs', params: { encoding: 'windows-1252' } }]);
  });

  it('strips the BOM and CRLF of the UTF-8 transcript and finds its bracketed timestamps', async () => {
    const t = await transcriptOf('01-directeur-noord.txt');
    expect(t.text.startsWith('\ufeff')).toBe(false);
    expect(t.turns.some((turn) => turn.startTime !== undefined)).toBe(true);
  });

  it('merges consecutive cues of one speaker in the VTT into one turn spanning their times', async () => {
    const t = await transcriptOf('04-zorgpartner-zuid.vtt');
    const raw = new TextDecoder().decode(readFileSync(join(root, 'transcripts/04-zorgpartner-zuid.vtt')));
    const cueCount = (raw.match(/-->/g) ?? []).length;
    expect(t.turns.length).toBeLessThan(cueCount);
    for (let i = 1; i < t.turns.length; i++) expect(t.turns[i].speaker).not.toBe(t.turns[i - 1].speaker);
    expect(t.turns[0]).toMatchObject({ speaker: 'Sanne Kuipers', startTime: 2 });
  });
});

describe('fixture audio transcript', () => {
  it('ends its last cue where the espeak-ng recording ends', async () => {
    const outcome = await parseSourceFile(read('audio', 'fragment-zorgpartner.vtt'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const wav = readFileSync(join(root, 'audio/fragment-zorgpartner.wav'));
    const byteRate = wav.readUInt32LE(28);
    const dataIndex = wav.indexOf('data');
    const seconds = wav.readUInt32LE(dataIndex + 4) / byteRate;
    const last = outcome.transcript.turns.at(-1)!;
    expect(last.endTime!).toBeLessThanOrEqual(seconds);
    expect(seconds - last.endTime!).toBeLessThan(1.5);
    expect(outcome.transcript.turns).toHaveLength(10);
  });
});

describe('bad inputs', () => {
  const cases: Record<string, string> = {
    'leeg.txt': 'import.error.empty',
    'binair.txt': 'import.error.binary',
    'kapot.docx': 'import.error.docxCorrupt',
    'zip-zonder-word.docx': 'import.error.docxCorrupt',
    'beveiligd.docx': 'import.error.docxEncrypted',
    'oud-formaat.doc': 'import.error.docxLegacyDoc',
    'kapot.vtt': 'import.error.vttMalformed',
    'kapot.srt': 'import.error.srtMalformed',
    'notities.rtf': 'import.error.unknownExtension',
    'notities.pdf': 'import.error.unknownExtension',
  };

  it('covers every file in fixtures/bad', () => {
    const files = readdirSync(join(root, 'bad')).filter((n) => !n.endsWith('.md') && !n.startsWith('.'));
    expect(files.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, key] of Object.entries(cases)) {
    it(`${name} fails with ${key} and a message naming the file`, async () => {
      const outcome = await parseSourceFile(read('bad', name));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.key).toBe(key);
      expect(translate('nl', outcome.error.key, outcome.error.params)).toContain(name);
      expect(translate('en', outcome.error.key, outcome.error.params)).toContain(name);
    });
  }

  it('refuses a file over the size limit without reading it as text', async () => {
    const bytes = new TextEncoder().encode('Interviewer: hallo\n'.repeat(2000));
    const outcome = await parseSourceFile({ name: 'groot.txt', bytes }, { maxBytes: 10_000 });
    expect(outcome).toMatchObject({ ok: false, error: { key: 'import.error.tooLarge', params: { file: 'groot.txt' } } });
  });
});
