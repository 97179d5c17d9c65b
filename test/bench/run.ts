/**
 * `npm run bench`: runs every benchmark and prints its figures with a ratio against a baseline
 * measured in the same run (so the machine's speed cancels out). Goals are printed next to the
 * figures; they are reported, never asserted.
 */
import { benchImport } from './import.bench';

const benches = [benchImport];

for (const bench of benches) {
  const lines = await bench();
  for (const line of lines) console.log(line);
  console.log('');
}
