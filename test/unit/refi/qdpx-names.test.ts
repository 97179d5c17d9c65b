import { describe, expect, it } from 'vitest';
import { projectQde } from '../../../src/shared/refi/qdpx-export';
import { sampleSnapshot } from '../project/sample';

describe('selection names in project.qde', () => {
  it('shorten a long quote to 60 characters without cutting an emoji in half', () => {
    const s = sampleSnapshot();
    const doc = s.documents[0];
    const quote = `${'a'.repeat(59)}😀 en daarna nog veel meer tekst die niet in de naam past`;
    const text = `${quote}\n${doc.text}`;
    const shifted = { ...doc, text, turns: [{ speaker: '', start: 0, end: quote.length }] };
    const coding = { ...s.codings[0], documentId: doc.id, start: 0, end: quote.length };
    const xml = projectQde({ ...s, documents: [shifted, ...s.documents.slice(1)], codings: [coding], memos: [] }, { now: '2026-01-01T00:00:00.000Z' });
    expect(xml).toContain(`name="${'a'.repeat(59)}😀…"`);
  });
});
