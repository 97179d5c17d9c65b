#!/usr/bin/env node
// The `werkbank` command: runs src/cli through tsx, so it works straight from `npm install`.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const { main } = await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
process.exitCode = await main(process.argv.slice(2));
