/** Runs `fn` `rounds` times (after one warm-up) and returns each round's milliseconds. */
export async function timeIt(rounds: number, fn: (round: number) => unknown): Promise<number[]> {
  await fn(-1);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await fn(round);
    times.push(performance.now() - started);
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s`.padStart(9) : `${ms.toFixed(1)} ms`.padStart(9);
}
