import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, foldText, prepareQuery, searchDocument, searchProject } from '../../../src/shared/text/search';
import { sampleSnapshot, D1, D2, TEXT_1 } from '../project/sample';
import type { Document } from '../../../src/shared/model/types';

function doc(text: string, turns: Document['turns'] = [], speakers: Document['speakers'] = []) {
  return { id: 'd', text, turns, speakers };
}
const slices = (text: string, hits: { start: number; end: number }[]) => hits.map((h) => text.slice(h.start, h.end));

describe('diacritic-insensitive search', () => {
  it('finds accented words from plain queries and maps back to original offsets', () => {
    const text = 'Dat is REËEL. De Coöperatie werkt; e\u0301e\u0301n keer reëel.';
    expect(slices(text, searchDocument(doc(text), 'reeel'))).toEqual(['REËEL', 'reëel']);
    expect(slices(text, searchDocument(doc(text), 'cooperatie'))).toEqual(['Coöperatie']);
    expect(slices(text, searchDocument(doc(text), 'een'))).toEqual(['e\u0301e\u0301n']);
    expect(slices(text, searchDocument(doc(text), 'één'))).toEqual(['e\u0301e\u0301n']);
  });

  it('includes trailing combining marks in a hit', () => {
    const text = 'cafe\u0301 en cafe';
    const hits = searchDocument(doc(text), 'cafe');
    expect(slices(text, hits)).toEqual(['cafe\u0301', 'cafe']);
  });

  it('handles emoji before hits (offsets stay UTF-16)', () => {
    const text = '🎓👩🏽‍🏫 coördinatie 😅 Coördinatie';
    const hits = searchDocument(doc(text), 'coordinatie');
    expect(slices(text, hits)).toEqual(['coördinatie', 'Coördinatie']);
  });

  it('whole-word mode skips parts of words', () => {
    const text = 'samenwerking, werk en Werk-overleg';
    expect(slices(text, searchDocument(doc(text), 'werk', { wholeWord: true }))).toEqual(['werk', 'Werk']);
    expect(searchDocument(doc(text), 'werk')).toHaveLength(3);
  });

  it('regex mode is case- and diacritic-insensitive; invalid patterns give an error, not a throw', () => {
    const text = 'Reëel, coöperatie en cooperatief.';
    expect(slices(text, searchDocument(doc(text), 'co[oö]peratie\\w*', { regex: true }))).toEqual(['coöperatie', 'cooperatief']);
    expect(slices(text, searchDocument(doc(text), 'reëel', { regex: true }))).toEqual(['Reëel']);
    expect(slices(text, searchDocument(doc(text), '\\p{L}+', { regex: true, wholeWord: true }))).toHaveLength(4);
    expect(searchDocument(doc(text), 'x*', { regex: true })).toEqual([]);
    const bad = prepareQuery('(oeps', { regex: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.key).toBe('search.error.invalidRegex');
      expect(String(bad.error.params.detail)).not.toBe('');
    }
    expect(searchDocument(doc(text), '(oeps', { regex: true })).toEqual([]);
    const res = searchProject(sampleSnapshot(), '[', { regex: true });
    expect(res.ok).toBe(false);
  });

  it('reports turn and speaker and can skip the interviewer', () => {
    const s = sampleSnapshot();
    const d1 = s.documents.find((d) => d.id === D1)!;
    const all = searchDocument(d1, 'u');
    expect(all.some((h) => h.speaker === 'Interviewer')).toBe(true);
    const resp = searchDocument(d1, 'coordinatie', { respondentOnly: true });
    expect(resp).toHaveLength(1);
    expect(resp[0]).toMatchObject({ documentId: D1, turnIndex: 1, speaker: 'R' });
    expect(TEXT_1.slice(resp[0].start, resp[0].end)).toBe('coördinatie');
    expect(searchDocument(d1, 'hoe ervaart', { respondentOnly: true })).toEqual([]);
  });

  it('searches across the project in document order, with a limit', () => {
    const s = sampleSnapshot();
    const res = searchProject(s, 'de');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.hits.map((h) => h.documentId).indexOf(D2)).toBeGreaterThan(0);
    const limited = searchProject(s, 'de', { limit: 2 });
    expect(limited.ok && limited.hits.length === 2 && limited.truncated).toBe(true);
    const respondentOnly = searchProject(s, 'ca va', { respondentOnly: true });
    expect(respondentOnly.ok && respondentOnly.hits.map((h) => h.speaker)).toEqual(['Leerkracht']);
  });

  it('every hit, folded, equals the folded query (property)', () => {
    const piece = fc.constantFrom('a', 'e', 'ë', 'é', 'e\u0301', 'E', 'Ë', 'o', 'ö', ' ', '🎓', 'n', 'i\u0308', 'ï');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join('')), (text, query) => {
        const q = foldForSearch(query);
        if (q === '') return;
        const hits = searchDocument(doc(text), query);
        for (const h of hits) expect(foldForSearch(text.slice(h.start, h.end))).toBe(q);
        // Same number of hits as non-overlapping indexOf over the folded text.
        const folded = foldText(text).text;
        let n = 0;
        for (let at = folded.indexOf(q); at >= 0; at = folded.indexOf(q, at + q.length)) n++;
        expect(hits.length).toBe(n);
      }),
    );
  });

  // Speed is for `npm run bench`; this checks the result on a long document.
  it('finds every hit in a 30,000-word document', () => {
    const words = ['de', 'samenwerking', 'met', 'coördinatie', 'is', 'reëel', 'en', 'zo\'n', 'leerkracht-ouder', 'gesprek'];
    const parts: string[] = [];
    for (let i = 0; i < 30_000; i++) parts.push(words[(i * 7) % words.length]);
    const text = parts.join(' ');
    const d = doc(text, [{ speaker: 'R', start: 0, end: text.length }], [{ label: 'R', role: { kind: 'unassigned' } }]);
    const hits = searchDocument(d, 'coordinatie', { respondentOnly: true });
    const again = searchDocument(d, 'reeel', { wholeWord: true });
    expect(hits).toHaveLength(3000);
    expect(again).toHaveLength(3000);
    expect(text.slice(hits[2999].start, hits[2999].end)).toBe('coördinatie');
  });
});
