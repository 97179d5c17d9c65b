/**
 * Inter-coder agreement: 100 documents of ~8,000 words, two coders × 25,000 codings over 10 codes
 * (the second coder's codings are the first's, jittered, plus some of their own). Character and
 * segment level. Baseline: a plain loop over the same 50,000 codings summing their lengths per code,
 * in the same run.
 */
import { agreement } from '../../src/shared/agreement/agreement';
import type { Coding, Document } from '../../src/shared/model/types';
import { generateTranscript, seededRandom } from './generate';
import { formatMs, median, timeIt } from './timing';

const DOCUMENTS = 100;
const WORDS = 8_000;
const PER_CODER = 25_000;
const CODES = 10;
const T = '2026-11-23T10:00:00.000Z';

export async function benchAgreement(): Promise<string[]> {
  const documents: Document[] = Array.from({ length: DOCUMENTS }, (_, i) => {
    const text = generateTranscript(WORDS, i + 1);
    return { id: `d${i}`, projectId: 'p', name: `d${i}`, sourceFileName: `d${i}.txt`, format: 'txt', encoding: 'utf-8', text, checksum: `${i}`, byteLength: text.length, importedAt: T, turns: [], speakers: [], importWarnings: [], order: i };
  });
  const rand = seededRandom(42);
  const codings: Coding[] = [];
  const mk = (id: string, documentId: string, codeId: string, start: number, end: number, coder: string): Coding => ({ id, projectId: 'p', documentId, codeId, start, end, coder, phase: 'open', createdAt: T, updatedAt: T });
  for (let i = 0; i < PER_CODER; i++) {
    const doc = documents[i % DOCUMENTS];
    const start = Math.floor(rand() * (doc.text.length - 400));
    const end = start + 20 + Math.floor(rand() * 300);
    const codeId = `k${Math.floor(rand() * CODES)}`;
    codings.push(mk(`a${i}`, doc.id, codeId, start, end, 'A'));
    if (rand() < 0.8) codings.push(mk(`b${i}`, doc.id, codeId, Math.max(0, start + Math.floor(rand() * 40) - 20), end + Math.floor(rand() * 40) - 20, 'B'));
    else codings.push(mk(`b${i}`, doc.id, `k${Math.floor(rand() * CODES)}`, start + 500 > doc.text.length ? start : start + 100, end, 'B'));
  }
  const codes = Array.from({ length: CODES }, (_, i) => ({ id: `k${i}`, projectId: 'p', parentId: null, label: `k${i}`, color: '#000', description: '', order: i, createdAt: T, updatedAt: T }));
  const snapshot = { documents, codes, codings };
  const megabytes = documents.reduce((n, d) => n + d.text.length, 0) / 1e6;

  const baseline = median(
    await timeIt(9, () => {
      const sums = new Map<string, number>();
      for (const c of codings) sums.set(c.codeId, (sums.get(c.codeId) ?? 0) + (c.end - c.start));
      return sums;
    }),
  );
  let kappa = 0;
  const character = median(
    await timeIt(5, () => {
      kappa = agreement(snapshot, { coders: ['A', 'B'], includeUncoded: false, level: 'character' }).overall.kappa;
    }),
  );
  const characterAll = median(await timeIt(5, () => agreement(snapshot, { coders: ['A', 'B'], includeUncoded: true, level: 'character' })));
  let segKappa = 0;
  const segment = median(
    await timeIt(5, () => {
      segKappa = agreement(snapshot, { coders: ['A', 'B'], includeUncoded: true, level: 'segment' }).overall.kappa;
    }),
  );
  const worst = Math.max(character, characterAll, segment);
  return [
    `agreement: ${DOCUMENTS} documents × ~${WORDS.toLocaleString('en')} words (${megabytes.toFixed(1)} MB), 2 coders × ${PER_CODER.toLocaleString('en')} codings, ${CODES} codes`,
    `  baseline plain loop over codings      ${formatMs(baseline)}`,
    `  character level, uncoded excluded     ${formatMs(character)}  (κ = ${kappa.toFixed(3)})`,
    `  character level, uncoded included     ${formatMs(characterAll)}`,
    `  segment level (Jaccard ≥ 0.5)         ${formatMs(segment)}  (κ = ${segKappa.toFixed(3)})`,
    `  ratio baseline vs character level     ${(baseline / character).toFixed(4)}`,
    `  slowest run                           ${formatMs(worst)}  goal < 1 s ${worst < 1000 ? 'met' : 'NOT met'}`,
  ];
}
