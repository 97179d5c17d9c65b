/**
 * `npm run bench [-- import|refi|coding|analysis|agreement …]`: runs the benchmarks (all, or the ones named) and
 * prints their figures with a ratio against a baseline measured in the same run (so the machine's
 * speed cancels out). Goals are printed next to the figures; they are reported, never asserted.
 */
import { benchImport } from './import.bench';
import { benchCoding } from './coding.bench';
import { benchRefi } from './refi.bench';
import { benchAnalysis } from './analysis.bench';
import { benchReport } from './report.bench';
import { benchAgreement } from './agreement.bench';

const benches: Record<string, () => Promise<string[]>> = { import: benchImport, refi: benchRefi, coding: benchCoding, analysis: benchAnalysis, agreement: benchAgreement, report: benchReport };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}.`);
  process.exit(2);
}

for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const lines = await bench();
  for (const line of lines) console.log(line);
  console.log('');
}
