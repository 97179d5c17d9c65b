/**
 * Import throughput: 100 generated transcripts of ~8,000 words, parsed by the real import
 * (decode, encoding detection, speaker patterns, SHA-256) and stored through the Dexie
 * repository (fake-indexeddb in Node). Baseline: plain TextDecoder decode + line split of the
 * same bytes, in the same run.
 */
import 'fake-indexeddb/auto';
import { parseSourceFile } from '../../src/shared/import';
import { importDocuments, newProjectSnapshot, type ImportCandidate } from '../../src/shared/project/commands';
import { createDexieRepository } from '../../src/renderer/data/dexie-repository';
import { generateTranscript } from './generate';
import { formatMs, median, timeIt } from './timing';

const DOCUMENTS = 100;
const WORDS = 8_000;

export async function benchImport(): Promise<string[]> {
  const encoder = new TextEncoder();
  const files = Array.from({ length: DOCUMENTS }, (_, i) => ({
    name: `interview-${String(i + 1).padStart(3, '0')}.txt`,
    bytes: encoder.encode(generateTranscript(WORDS, i + 1)),
  }));
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;

  const baseline = median(
    await timeIt(9, () => {
      let lines = 0;
      for (const f of files) lines += new TextDecoder('utf-8').decode(f.bytes).split(/\r\n|\r|\n/).length;
      return lines;
    }),
  );

  let candidates: ImportCandidate[] = [];
  const parse = median(
    await timeIt(5, async () => {
      candidates = [];
      for (const f of files) {
        const outcome = await parseSourceFile(f);
        if (!outcome.ok) throw new Error(`bench input failed: ${outcome.error.key}`);
        candidates.push({ fileName: outcome.file, checksum: outcome.checksum, byteLength: outcome.byteLength, transcript: outcome.transcript });
      }
    }),
  );

  const store = median(
    await timeIt(3, async (round) => {
      const repository = createDexieRepository(`bench-import-${round}-${Date.now()}`);
      const project = await repository.createProject({ name: 'Bench', settings: { language: 'nl', coderName: 'bench' } });
      const snapshot = { ...newProjectSnapshot({ name: 'Bench', settings: project.settings }), project };
      await repository.apply(project.id, importDocuments(snapshot, candidates));
      repository.close();
    }),
  );

  const ratio = baseline / parse;
  const total = parse + store;
  return [
    `import: ${DOCUMENTS} transcripts × ~${WORDS.toLocaleString('en')} words (${megabytes.toFixed(1)} MB)`,
    `  baseline TextDecoder + line split   ${formatMs(baseline)}  (${(megabytes / (baseline / 1000)).toFixed(0)} MB/s)`,
    `  parse (decode, speakers, SHA-256)   ${formatMs(parse)}  (${(megabytes / (parse / 1000)).toFixed(1)} MB/s)`,
    `  store (one change set in IndexedDB) ${formatMs(store)}`,
    `  ratio parse vs baseline             ${ratio.toFixed(3)}   goal ≥ 0.2 ${ratio >= 0.2 ? 'met' : 'NOT met'}`,
    `  whole import (parse + store)        ${formatMs(total)}  goal < 3 s ${total < 3000 ? 'met' : 'NOT met'}`,
  ];
}
