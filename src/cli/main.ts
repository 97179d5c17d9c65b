/**
 * The `werkbank` command line (run through bin/werkbank.js). `main` returns the exit code:
 * 0 success, 1 a file could not be imported or read, 2 wrong usage.
 */
import { runAgreement } from './commands/agreement';
import { runCodebook } from './commands/codebook';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runInfo } from './commands/info';
import { runMerge } from './commands/merge';
import { runReport } from './commands/report';
import { runStats } from './commands/stats';
import { runExportQdpx, runImportQdpx } from './commands/qdpx';
import { UsageError } from './args';
import { detectLanguage, makeCli, type Cli, type CliIo } from './context';
import { APP_VERSION } from './version';

export const COMMANDS: Record<string, (cli: Cli, argv: string[]) => Promise<number>> = {
  codebook: runCodebook,
  import: runImport,
  info: runInfo,
  'import-qdpx': runImportQdpx,
  'export-qdpx': runExportQdpx,
  stats: runStats,
  report: runReport,
  export: runExport,
  agreement: runAgreement,
  merge: runMerge,
};

/** `--lang x` / `--lang=x` anywhere in argv (each command also accepts it as an option). */
function langArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') return argv[i + 1];
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return undefined;
}

export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const fullIo: CliIo = {
    stdout: io.stdout ?? ((s) => void process.stdout.write(s)),
    stderr: io.stderr ?? ((s) => void process.stderr.write(s)),
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
  };
  const explicit = langArg(argv);
  const cli = makeCli(fullIo, detectLanguage(explicit, fullIo.env));
  if (explicit !== undefined && explicit !== 'nl' && explicit !== 'en') {
    cli.err(cli.t('cli.usage.badLang', { lang: explicit }));
    return 2;
  }
  const [first, ...rest] = argv.filter((a, i) => !(a === '--lang' || a.startsWith('--lang=') || argv[i - 1] === '--lang'));
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]](cli, ['--help']);
    cli.out(cli.t('cli.help.main', { version: APP_VERSION }));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    cli.out(`werkbank ${APP_VERSION}`);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    cli.err(cli.t('cli.usage.unknownCommand', { command: first }));
    cli.err(cli.t('cli.usage.seeHelp'));
    return 2;
  }
  try {
    return await command(cli, rest);
  } catch (e) {
    if (e instanceof UsageError) {
      cli.err(cli.t(e.key, e.params));
      cli.err(cli.t('cli.usage.seeCommandHelp', { command: first }));
      return 2;
    }
    cli.err(cli.t('cli.error.unexpected', { detail: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
    return 1;
  }
}
