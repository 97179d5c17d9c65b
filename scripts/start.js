#!/usr/bin/env node
/**
 * `npm start`: builds the desktop app and runs it in Electron. Electron's binary is downloaded
 * separately from its npm package; when that is impossible (offline, firewalled), this falls back
 * to the browser build of the same UI, served on http://localhost:4173.
 *
 * Plain Node ESM, no dependencies. Exit codes of the child processes are forwarded.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const INSTALL_TIMEOUT_MS = 60_000;

/** Absolute path of a package's JS bin (run with `node`, so no .cmd shims or shells on Windows). */
function binOf(pkg, name = pkg) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(dirname(manifestPath), rel);
}

function runSync(label, args, options = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error && result.error.code === 'ETIMEDOUT') {
    console.warn(`[start] ${label} timed out after ${Math.round((options.timeout ?? 0) / 1000)} s.`);
    return 1;
  }
  if (result.error) {
    console.warn(`[start] ${label} failed: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** Runs a long-lived child in the foreground; resolves with its exit code. Ctrl+C reaches it directly. */
function runForeground(args) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    const forward = (signal) => {
      if (!child.killed) child.kill(signal);
    };
    process.on('SIGINT', () => forward('SIGINT'));
    process.on('SIGTERM', () => forward('SIGTERM'));
    child.on('error', (error) => {
      console.error(`[start] ${error.message}`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => {
      if (code !== null) resolvePromise(code);
      else resolvePromise(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1);
    });
  });
}

/**
 * Path of the Electron executable, or null. Reads electron's own `path.txt` first: calling
 * `require('electron')` when the binary is missing would start another, unbounded download.
 */
function electronBinary() {
  try {
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (!existsSync(exe)) return null;
    const resolved = require('electron');
    return typeof resolved === 'string' && existsSync(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

async function main() {
  const electronVite = binOf('electron-vite');
  const vite = binOf('vite');

  if (!electronBinary()) {
    console.log('[start] Electron binary not found; trying to download it (at most 60 s)…');
    const installJs = join(dirname(require.resolve('electron/package.json')), 'install.js');
    runSync('Electron download', [installJs], { timeout: INSTALL_TIMEOUT_MS });
  }

  if (electronBinary()) {
    const build = runSync('electron-vite build', [electronVite, 'build']);
    if (build !== 0) return build;
    return runForeground([electronVite, 'preview', '--skipBuild']);
  }

  console.log(
    "\nElectron's binary could not be downloaded (offline?). Starting the browser build instead: " +
      "http://localhost:4173 — data is kept in this browser's IndexedDB.\n",
  );
  const build = runSync('vite build', [vite, 'build', '--config', 'vite.web.config.ts']);
  if (build !== 0) return build;
  return runForeground([vite, 'preview', '--config', 'vite.web.config.ts']);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
