import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codedShare, projectProgress, unionOfIntervals } from '../../../src/shared/coding/progress';
import type { Document } from '../../../src/shared/model/types';
import { applyToSnapshot } from '../../../src/shared/model/changes';
import { markDocumentDone } from '../../../src/shared/coding/commands';
import { sampleSnapshot, D1, D2, testContext } from '../project/sample';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = 'Titel\nI: Hoe gaat het?\nR: Goed hoor, echt goed.';
const I_START = TEXT.indexOf('Hoe');
const R_START = TEXT.indexOf('Goed');
const doc: Pick<Document, 'id' | 'text' | 'turns' | 'speakers'> = {
  id: 'd',
  text: TEXT,
  turns: [
    { speaker: '', start: 0, end: 5 },
    { speaker: 'I', start: I_START, end: I_START + 'Hoe gaat het?'.length },
    { speaker: 'R', start: R_START, end: TEXT.length },
  ],
  speakers: [
    { label: 'I', role: { kind: 'interviewer' } },
    { label: 'R', role: { kind: 'respondent', respondentId: 'r' } },
  ],
};

describe('codedShare', () => {
  it('counts only respondent text, non-whitespace, overlaps once (hand-counted)', () => {
    // Respondent text "Goed hoor, echt goed." = 21 code units, 3 spaces → 18 characters.
    expect(codedShare(doc, [])).toEqual({ respondentChars: 18, codedRespondentChars: 0, share: 0 });
    const goed = { start: R_START, end: R_START + 4 }; // "Goed" = 4
    const goedHoor = { start: R_START, end: R_START + 10 }; // "Goed hoor," = 9 (overlaps "Goed")
    const interviewer = { start: I_START, end: I_START + 3 }; // not counted
    const title = { start: 0, end: 5 }; // unlabelled title: not counted
    const echt = { start: R_START + 11, end: R_START + 15, documentId: 'd' }; // "echt" = 4
    const other = { start: R_START, end: TEXT.length, documentId: 'other' }; // another document
    const r = codedShare(doc, [goed, goedHoor, interviewer, title, echt, other]);
    expect(r).toEqual({ respondentChars: 18, codedRespondentChars: 13, share: 13 / 18 });
    // A coding straddling the interviewer's and the respondent's turn counts only its respondent part.
    expect(codedShare(doc, [{ start: I_START, end: R_START + 4 }]).codedRespondentChars).toBe(4);
  });

  it('counts unassigned speakers and, without turns, the whole text', () => {
    const unassigned = { ...doc, speakers: [doc.speakers[0], { label: 'R', role: { kind: 'unassigned' as const } }] };
    expect(codedShare(unassigned, []).respondentChars).toBe(18);
    const interviewerOnly = { ...doc, speakers: [doc.speakers[0], { label: 'R', role: { kind: 'interviewer' as const } }] };
    expect(codedShare(interviewerOnly, [{ start: 0, end: TEXT.length }])).toEqual({ respondentChars: 0, codedRespondentChars: 0, share: 0 });
    const plain = { id: 'p', text: 'een twee', turns: [], speakers: [] };
    expect(codedShare(plain, [{ start: 0, end: 3 }])).toEqual({ respondentChars: 7, codedRespondentChars: 3, share: 3 / 7 });
  });

  it('matches a per-character oracle (property)', () => {
    const arb = fc.array(fc.record({ start: fc.nat(TEXT.length), len: fc.nat(20) }), { maxLength: 12 });
    fc.assert(
      fc.property(arb, (rs) => {
        const codings = rs.map((r) => ({ start: r.start, end: Math.min(TEXT.length, r.start + r.len) }));
        const resp = (i: number) => i >= R_START;
        let total = 0;
        let coded = 0;
        for (let i = 0; i < TEXT.length; i++) {
          if (!resp(i) || /\s/.test(TEXT[i])) continue;
          total++;
          if (codings.some((c) => c.start <= i && i < c.end)) coded++;
        }
        expect(codedShare(doc, codings)).toMatchObject({ respondentChars: total, codedRespondentChars: coded });
      }),
    );
  });

  it('unions intervals', () => {
    expect(unionOfIntervals([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 10 }, { start: 4, end: 4 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });
});

describe('projectProgress', () => {
  it('reports per document and in total', () => {
    let s = sampleSnapshot();
    s = applyToSnapshot(s, markDocumentDone(s, D2, true, testContext()));
    const p = projectProgress(s);
    expect(p.documents.map((d) => d.documentId)).toEqual([D1, D2]);
    const d2 = p.documents[1];
    // D2's only coding spans the whole text, so the respondent ("Leerkracht", unassigned) part is fully coded.
    expect(d2).toMatchObject({ done: true, codings: 1, share: 1 });
    expect(p.documents[0].share).toBeGreaterThan(0);
    expect(p.documents[0].share).toBeLessThan(1);
    expect(p.total).toMatchObject({ documents: 2, documentsDone: 1, codings: 2 });
    expect(p.total.respondentChars).toBe(p.documents[0].respondentChars + d2.respondentChars);
  });
});
