#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, both builds, then the e2e suite in Chromium.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong.
// Ends with "N passed, N failed" on its own line (CI reads it) and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  { name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'unit tests', cmd: 'npx', args: ['vitest', 'run'], report: readVitest },
  { name: 'build', cmd: 'npm', args: ['run', '-s', 'build'] },
  { name: 'e2e tests', cmd: 'npx', args: ['playwright', 'test'], report: readPlaywright },
];

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    const counts = step.report();
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
      if (!ok && counts.failed === 0) failed += 1; // the runner failed outside any test
    } else {
      failed += 1; // no report: the runner crashed before testing
    }
  } else if (!ok) {
    failed += 1;
  }
  if (!ok) failedSteps.push(step.name);
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s) ===`);
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);

function readVitest() {
  const file = `${reports}/vitest.json`;
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: json.numPassedTests ?? 0, failed: (json.numFailedTests ?? 0) + (json.numPendingTests ?? 0) };
}

function readPlaywright() {
  const file = `${reports}/playwright.json`;
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  // Skipped tests count as failed: a skipped test is not a green test.
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: (stats.unexpected ?? 0) + (stats.skipped ?? 0) };
}
