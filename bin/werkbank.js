#!/usr/bin/env node
// The `werkbank` command: runs src/cli through tsx, so it works straight from `npm install`.
import { register } from 'tsx/esm/api';

// `werkbank info P --json | head`: a reader that stops early is normal, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
// A file URL, not a path: `import('C:\\…')` fails on Windows.
const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
