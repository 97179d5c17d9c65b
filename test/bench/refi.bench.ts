/**
 * REFI-QDA exchange: export and import of a generated project with 100 documents (~8,000 words
 * each) and 50,000 codings. Baseline: fflate `zipSync` of the same files (project.qde + sources),
 * i.e. the cost of only compressing what the export writes, in the same run.
 */
import { strToU8, zipSync } from 'fflate';
import type { Code, Coding, ProjectSnapshot } from '../../src/shared/model/types';
import { newProjectSnapshot } from '../../src/shared/project/commands';
import { exportQdpx, projectQde } from '../../src/shared/refi/qdpx-export';
import { guidFor } from '../../src/shared/refi/qdc';
import { importQdpx } from '../../src/shared/refi/qdpx-import';
import { generateTranscript, seededRandom } from './generate';
import { formatMs, median, timeIt } from './timing';

const DOCUMENTS = 100;
const WORDS = 8_000;
const CODINGS = 50_000;
const NOW = '2026-03-01T09:00:00.000Z';

export function benchProject(): ProjectSnapshot {
  const random = seededRandom(7);
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const s = newProjectSnapshot({ name: 'Bench', settings: { language: 'nl', coderName: 'bench' } }, { now: NOW, newId });
  const pid = s.project.id;
  s.documents = Array.from({ length: DOCUMENTS }, (_, i) => {
    const text = generateTranscript(WORDS, i + 1).replace(/\r\n/g, '\n') + ' 👩🏽‍🏫 café e\u0301';
    return {
      id: newId(), projectId: pid, name: `Interview ${i + 1}`, sourceFileName: `i${i + 1}.txt`, format: 'txt' as const, encoding: 'utf-8',
      text, checksum: '', byteLength: text.length, importedAt: NOW, turns: [], speakers: [], importWarnings: [], order: i,
    };
  });
  const codes: Code[] = [];
  for (let i = 0; i < 60; i++) {
    codes.push({ id: newId(), projectId: pid, parentId: i < 10 ? null : codes[i % 10].id, label: `Code ${i}`, color: '#336699', description: `Definitie ${i}`, order: i, createdAt: NOW, updatedAt: NOW });
  }
  s.codes = codes;
  const coders = ['Anna', 'Bram', 'Çelik'];
  s.codings = Array.from({ length: CODINGS }, (): Coding => {
    const doc = s.documents[Math.floor(random() * DOCUMENTS)];
    const start = Math.floor(random() * (doc.text.length - 400));
    const end = start + 20 + Math.floor(random() * 300);
    const safe = (o: number) => (o > 0 && /[\uDC00-\uDFFF]/.test(doc.text[o]) ? o - 1 : o);
    return { id: newId(), projectId: pid, documentId: doc.id, codeId: codes[Math.floor(random() * codes.length)].id, start: safe(start), end: safe(end), coder: coders[Math.floor(random() * 3)], phase: 'open', createdAt: NOW, updatedAt: NOW };
  });
  return s;
}

export async function benchRefi(): Promise<string[]> {
  const s = benchProject();
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectQde(s, { now: NOW })) };
  for (const d of s.documents) files[`sources/${guidFor(d.id)}.txt`] = strToU8(d.text);
  const rawMb = Object.values(files).reduce((n, f) => n + f.length, 0) / 1e6;

  const baseline = median(await timeIt(5, () => zipSync(files, { level: 6 })));
  let bytes: Uint8Array = new Uint8Array();
  const exp = median(await timeIt(5, () => (bytes = exportQdpx(s, { now: NOW }))));
  let codings = 0;
  const imp = median(
    await timeIt(3, () => {
      const r = importQdpx('bench.qdpx', bytes, { now: NOW });
      if (!r.ok) throw new Error(`bench import failed: ${r.error.key}`);
      codings = r.snapshot.codings.length;
    }),
  );
  if (codings !== CODINGS) throw new Error(`bench import lost codings: ${codings}`);
  const ratio = baseline / exp;
  return [
    `refi: ${DOCUMENTS} documents × ~${WORDS.toLocaleString('en')} words, ${CODINGS.toLocaleString('en')} codings (${rawMb.toFixed(1)} MB uncompressed, ${(bytes.length / 1e6).toFixed(1)} MB .qdpx)`,
    `  baseline zipSync of the same files  ${formatMs(baseline)}`,
    `  export (XML + positions + zip)      ${formatMs(exp)}`,
    `  import (unzip, XML, positions)      ${formatMs(imp)}`,
    `  ratio export vs baseline            ${ratio.toFixed(3)}   goal ≥ 0.5 ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
    `  import                              goal < 3 s ${imp < 3000 ? 'met' : 'NOT met'}`,
  ];
}
