/**
 * Coding view: a generated 30,000-word transcript with 1,000 codings, opened in the built web app
 * (vite preview) in Chromium. Measured in the page with performance.now():
 * - first paint: click on "Coderen" → first turn text in the DOM → next animation frame;
 * - apply: keydown "1" on a selection → the new bracket in the margin (MutationObserver);
 * - scroll: ~2 s of programmatic scrolling, requestAnimationFrame deltas (median, p95).
 * Baseline: the same transcript without codings, in the same run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parseSourceFile } from '../../src/shared/import';
import { importDocuments, newProjectSnapshot } from '../../src/shared/project/commands';
import { applyToSnapshot } from '../../src/shared/model/changes';
import { predefinedCodebookCodes } from '../../src/shared/codebook/commands';
import { applyCode } from '../../src/shared/coding/commands';
import { respondentTurnFlags } from '../../src/shared/text/turns';
import { wordsIn } from '../../src/shared/text/words';
import { serializeProject } from '../../src/shared/project/file-format';
import type { Coding, ProjectSnapshot } from '../../src/shared/model/types';
import { generateTranscript, seededRandom } from './generate';
import { formatMs, median } from './timing';

const WORDS = 30_000;
const CODINGS = 1_000;
const root = resolve(import.meta.dirname, '..', '..');

async function buildSnapshot(withCodings: boolean): Promise<ProjectSnapshot> {
  const bytes = new TextEncoder().encode(generateTranscript(WORDS, 7));
  const outcome = await parseSourceFile({ name: 'lang-interview.txt', bytes });
  if (!outcome.ok) throw new Error(`bench input failed: ${outcome.error.key}`);
  let snap = newProjectSnapshot({ name: withCodings ? 'Bench met coderingen' : 'Bench zonder coderingen', settings: { language: 'nl', coderName: 'bench' } });
  const { codes } = predefinedCodebookCodes('000-renn4-inpandige-samenwerking', { projectId: snap.project.id });
  snap = { ...snap, codes };
  snap = applyToSnapshot(snap, importDocuments(snap, [{ fileName: outcome.file, checksum: outcome.checksum, byteLength: outcome.byteLength, transcript: outcome.transcript }]));
  if (!withCodings) return snap;
  const doc = snap.documents[0];
  const flags = respondentTurnFlags(doc);
  const turns = doc.turns.filter((_, i) => flags[i]);
  const rand = seededRandom(11);
  const codings: Coding[] = [];
  const seen = new Set<string>();
  while (codings.length < CODINGS) {
    const turn = turns[Math.floor(rand() * turns.length)];
    const words = wordsIn(doc.text, turn.start, turn.end);
    const from = Math.floor(rand() * words.length);
    const to = Math.min(words.length - 1, from + 2 + Math.floor(rand() * 25));
    const code = codes[Math.floor(rand() * codes.length)];
    const key = `${code.id}:${words[from].start}:${words[to].end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    codings.push(applyCode(snap, { documentId: doc.id, codeId: code.id, start: words[from].start, end: words[to].end }).coding);
  }
  return { ...snap, codings };
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

async function startPreview(port: number): Promise<ChildProcess> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const child = spawn(process.execPath, [vite, 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

interface Figures {
  firstPaint: number;
  apply: number;
  frameMedian: number;
  frameP95: number;
}

async function openProject(page: Page, file: string): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-project-file').click();
  await (await chooser).setFiles(file);
  await page.getByTestId('code-document').first().waitFor();
}

async function measure(page: Page, file: string): Promise<Figures> {
  await openProject(page, file);
  // First paint of the coding view, five times (back to the overview in between).
  const paints: number[] = [];
  for (let round = 0; round < 5; round++) {
    await page.getByTestId('code-document').first().waitFor();
    paints.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolveTime) => {
            const button = document.querySelector<HTMLButtonElement>('[data-testid="code-document"]')!;
            const t0 = performance.now();
            const done = () => requestAnimationFrame(() => resolveTime(performance.now() - t0));
            const observer = new MutationObserver(() => {
              if (document.querySelector('[data-testid="cv-turn-text"]')) {
                observer.disconnect();
                done();
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      ),
    );
    await page.getByTestId('cv-turn-text').first().waitFor();
    if (round < 4) await page.getByTestId('cv-back').click();
  }

  // Apply a code with "1" to a selected word; time until the bracket is in the DOM.
  const applies: number[] = [];
  for (let round = 0; round < 7; round++) {
    applies.push(
      await page.evaluate(
        (round) =>
          new Promise<number>((resolveTime, reject) => {
            const turns = Array.from(document.querySelectorAll<HTMLElement>('.cv-who-unassigned [data-testid="cv-turn-text"], .cv-who-respondent [data-testid="cv-turn-text"]'));
            const turn = turns[round % turns.length];
            const spans = Array.from(turn.querySelectorAll<HTMLElement>('[data-offset]'));
            const span = spans.find((s) => (s.textContent ?? '').trim().length > 12 && !s.classList.contains('cv-coded')) ?? spans[spans.length - 1];
            const node = span.firstChild as Text;
            const at = node.data.search(/\S{3,}/);
            const range = document.createRange();
            range.setStart(node, Math.max(0, at));
            range.setEnd(node, Math.max(0, at) + 3);
            const sel = window.getSelection()!;
            sel.removeAllRanges();
            sel.addRange(range);
            span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
            const before = document.querySelectorAll('[data-testid="cv-bracket"]').length;
            let t0 = 0;
            setTimeout(() => {
              const observer = new MutationObserver(() => {
                if (document.querySelectorAll('[data-testid="cv-bracket"]').length > before) {
                  observer.disconnect();
                  resolveTime(performance.now() - t0);
                }
              });
              observer.observe(document.body, { childList: true, subtree: true });
              t0 = performance.now();
              window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
              setTimeout(() => reject(new Error('no bracket appeared')), 5000);
            }, 50);
          }),
        round,
      ),
    );
    await page.waitForTimeout(150);
  }

  // Scroll for about two seconds and collect frame times.
  const frames = await page.evaluate(
    () =>
      new Promise<number[]>((resolveFrames) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="cv-transcript"]')!;
        scroller.scrollTop = 0;
        const deltas: number[] = [];
        const started = performance.now();
        let last = started;
        const step = (now: number) => {
          deltas.push(now - last);
          last = now;
          scroller.scrollTop += 45;
          if (now - started < 2000) requestAnimationFrame(step);
          else resolveFrames(deltas.slice(1));
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(step);
        });
      }),
  );
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    firstPaint: median(paints),
    apply: median(applies),
    frameMedian: median(frames),
    frameP95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
  };
}

export async function benchCoding(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-bench-'));
  const files = {
    plain: join(dir, 'zonder-coderingen.werkbank'),
    coded: join(dir, 'met-coderingen.werkbank'),
  };
  writeFileSync(files.plain, serializeProject(await buildSnapshot(false)));
  writeFileSync(files.coded, serializeProject(await buildSnapshot(true)));
  const port = await freePort();
  const preview = await startPreview(port);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    const run = async (file: string) => {
      const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1400, height: 900 } });
      // tsx (esbuild keepNames) wraps named functions in __name(); the page needs it too.
      await context.addInitScript('window.__name = (fn) => fn;');
      const page = await context.newPage();
      try {
        return await measure(page, file);
      } finally {
        await context.close();
      }
    };
    const base = await run(files.plain);
    const coded = await run(files.coded);
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
    return [
      `coding view: ${WORDS.toLocaleString('en')}-word transcript, ${CODINGS.toLocaleString('en')} codings vs none (Chromium, vite preview)`,
      `  first paint        ${formatMs(coded.firstPaint)}  baseline ${formatMs(base.firstPaint)}  ratio ${ratio(coded.firstPaint, base.firstPaint)}  goal < 200 ms ${coded.firstPaint < 200 ? 'met' : 'NOT met'}`,
      `  apply → margin     ${formatMs(coded.apply)}  baseline ${formatMs(base.apply)}  ratio ${ratio(coded.apply, base.apply)}  goal < 16 ms ${coded.apply < 16 ? 'met' : 'NOT met'}`,
      `  scroll frame p50   ${formatMs(coded.frameMedian)}  baseline ${formatMs(base.frameMedian)}  ratio ${ratio(coded.frameMedian, base.frameMedian)}`,
      `  scroll frame p95   ${formatMs(coded.frameP95)}  baseline ${formatMs(base.frameP95)}  ratio ${ratio(coded.frameP95, base.frameP95)}  goal 60 fps (< 17.5 ms) ${coded.frameP95 < 17.5 ? 'met' : 'NOT met'}`,
    ];
  } finally {
    await browser.close();
    preview.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
