/**
 * Synthetic transcripts for benchmarks: deterministic (seeded), Dutch-looking words with
 * diacritics, alternating interviewer/respondent turns with timestamps, CRLF line ends.
 */
const WORDS = (
  'de het een en van in is dat op te zijn met voor niet die er we ook maar als bij school zorg ' +
  'samenwerking leerling ouders leerkracht orthopedagoog jeugdhulp overleg afspraken visie rol ' +
  'verantwoordelijkheid communicatie deskundigheid evaluatie budget tijd personeel privacy ' +
  'gezamenlijk afstemming begeleiding intern klas team directie gemeente zorgpartner ' +
  'reëel geïnterviewd coördinatie één financiële ruimte eh nou ja zeg maar eigenlijk gewoon'
).split(' ');

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function timestamp(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** A plain-text transcript of about `words` words. */
export function generateTranscript(words: number, seed: number): string {
  const rand = seededRandom(seed);
  const lines: string[] = [];
  let written = 0;
  let seconds = 0;
  let turn = 0;
  while (written < words) {
    const interviewer = turn % 2 === 0;
    const length = interviewer ? 8 + Math.floor(rand() * 15) : 40 + Math.floor(rand() * 120);
    const sentence: string[] = [];
    for (let i = 0; i < length; i++) sentence.push(WORDS[Math.floor(rand() * WORDS.length)]);
    sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1);
    lines.push(`[${timestamp(seconds)}] ${interviewer ? 'Interviewer' : 'Respondent'}: ${sentence.join(' ')}.`);
    written += length;
    seconds += Math.round(length / 2.5);
    turn++;
  }
  return lines.join('\r\n') + '\r\n';
}
