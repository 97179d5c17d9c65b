/**
 * Analysis on a generated project: 100 documents (~8,000 words each, split into alternating
 * interviewer/respondent turns), 10 respondents and 50,000 codings (refi.bench's generator plus
 * turns, speakers and respondents).
 *
 * Baselines, measured in the same run over the same codings:
 * - retrieval: a plain loop that filters `snapshot.codings` by code id and slices each fragment's
 *   text — the least any retrieval must do, without turns, respondents, context or sorting;
 * - co-occurrence: a plain nested loop counting overlapping pairs of codings per document
 *   (O(k²) per document, all 100 documents; comparing all 50,000 codings with each other would be
 *   1.25 × 10⁹ comparisons and is not a sensible yardstick). Its counts must equal the sweep's.
 * "cold" runs on a fresh snapshot object, so the cached indexes are rebuilt inside the timing.
 */
import { coOccurrence } from '../../src/shared/analysis/cooccurrence';
import { retrieve } from '../../src/shared/analysis/retrieval';
import type { Coding, ProjectSnapshot, Respondent } from '../../src/shared/model/types';
import { benchProject } from './refi.bench';
import { formatMs, median, timeIt } from './timing';

const TURN_CHARS = 600;

export function analysisBenchProject(): ProjectSnapshot {
  const s = benchProject();
  const NOW = s.project.createdAt;
  const roles = ['leerkracht', 'directeur', 'intern begeleider', 'ouder', 'zorgpartner'];
  s.respondents = Array.from({ length: 10 }, (_, i): Respondent => ({
    id: `resp-${i}`, projectId: s.project.id, pseudonym: `Respondent ${i + 1}`, role: roles[i % roles.length], attributes: { locatie: i % 2 ? 'Noord' : 'Zuid' }, createdAt: NOW,
  }));
  s.documents = s.documents.map((d, i) => {
    const turns: ProjectSnapshot['documents'][number]['turns'] = [];
    for (let start = 0, k = 0; start < d.text.length; start += TURN_CHARS, k++) {
      let end = Math.min(d.text.length, start + TURN_CHARS);
      if (end < d.text.length && /[\uDC00-\uDFFF]/.test(d.text[end])) end--;
      turns.push({ speaker: k % 2 ? 'R' : 'Interviewer', start: turns.length ? turns[turns.length - 1].end : 0, end, startTime: k * 30 });
    }
    return {
      ...d, turns,
      speakers: [{ label: 'Interviewer', role: { kind: 'interviewer' as const } }, { label: 'R', role: { kind: 'respondent' as const, respondentId: `resp-${i % 10}` } }],
    };
  });
  return s;
}

/** Plain per-document nested loop: overlapping pairs of codings of different codes, by code pair. */
function naivePairs(s: ProjectSnapshot): Map<string, number> {
  const byDoc = new Map<string, Coding[]>();
  for (const c of s.codings) {
    const list = byDoc.get(c.documentId) ?? [];
    list.push(c);
    byDoc.set(c.documentId, list);
  }
  const out = new Map<string, number>();
  for (const list of byDoc.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.codeId === b.codeId || Math.max(a.start, b.start) >= Math.min(a.end, b.end)) continue;
        const key = a.codeId < b.codeId ? `${a.codeId}|${b.codeId}` : `${b.codeId}|${a.codeId}`;
        out.set(key, (out.get(key) ?? 0) + 1);
      }
    }
  }
  return out;
}

export async function benchAnalysis(): Promise<string[]> {
  const s = analysisBenchProject();
  const leaf = s.codes[s.codes.length - 1].id;
  const fresh = () => ({ ...s }) as ProjectSnapshot;

  let expected = 0;
  const baseRetrieve = median(
    await timeIt(9, () => {
      const docs = new Map(s.documents.map((d) => [d.id, d]));
      const texts: string[] = [];
      for (const c of s.codings) if (c.codeId === leaf) texts.push(docs.get(c.documentId)!.text.slice(c.start, c.end));
      expected = texts.length;
    }),
  );
  let found = 0;
  const coldRetrieve = median(await timeIt(5, () => (found = retrieve(fresh(), { codeIds: [leaf] }).length)));
  const warm = fresh();
  const warmRetrieve = median(await timeIt(9, () => (found = retrieve(warm, { codeIds: [leaf] }).length)));
  if (found !== expected) throw new Error(`bench retrieval found ${found}, expected ${expected}`);

  let naive = new Map<string, number>();
  const baseCo = median(await timeIt(3, () => (naive = naivePairs(s))));
  let result = coOccurrence(fresh(), { mode: 'overlap' });
  const coldCo = median(await timeIt(5, () => (result = coOccurrence(fresh(), { mode: 'overlap' }))));
  const warmCo = median(await timeIt(5, () => (result = coOccurrence(warm, { mode: 'overlap' }))));
  const turnCo = median(await timeIt(5, () => coOccurrence(warm, { mode: 'turn' })));
  result.codeIds.forEach((a, i) =>
    result.codeIds.forEach((b, j) => {
      const want = i === j ? result.matrix[i][j] : (naive.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0);
      if (result.matrix[i][j] !== want) throw new Error(`bench co-occurrence differs for ${a} × ${b}`);
    }),
  );
  const pairs = [...naive.values()].reduce((x, y) => x + y, 0);
  const turns = s.documents.reduce((n, d) => n + d.turns.length, 0);
  return [
    `analysis: ${s.documents.length} documents, ${turns.toLocaleString('en')} turns, ${s.codings.length.toLocaleString('en')} codings, ${s.codes.length} codes (${found} fragments of one code, ${pairs.toLocaleString('en')} overlapping pairs)`,
    `  baseline loop: filter codings by code  ${formatMs(baseRetrieve)}`,
    `  retrieve one code, cold (indexes)      ${formatMs(coldRetrieve)}   goal < 50 ms ${coldRetrieve < 50 ? 'met' : 'NOT met'}`,
    `  retrieve one code, warm                ${formatMs(warmRetrieve)}`,
    `  ratio retrieve warm vs baseline        ${(warmRetrieve / baseRetrieve).toFixed(2)}`,
    `  baseline loop: pairs per document      ${formatMs(baseCo)}`,
    `  co-occurrence overlap, cold            ${formatMs(coldCo)}   goal < 500 ms ${coldCo < 500 ? 'met' : 'NOT met'}`,
    `  co-occurrence overlap, warm            ${formatMs(warmCo)}`,
    `  co-occurrence turn, warm               ${formatMs(turnCo)}`,
    `  ratio co-occurrence warm vs baseline   ${(warmCo / baseCo).toFixed(2)}`,
  ];
}
