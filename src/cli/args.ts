/**
 * Hand-rolled argument parsing: `--name value`, `--name=value`, boolean `--flag`, `--` ends
 * options, everything else is positional. Options are declared per command so a misspelt option
 * is a usage error rather than silently ignored.
 */
export interface OptionSpec {
  /** Options that take a value. */
  values: string[];
  /** Options that are on/off. */
  flags: string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    if (spec.values.includes(name)) {
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      if (value === undefined || value === '') throw new UsageError('cli.usage.missingValue', { option: `--${name}` });
      out.values[name] = value;
    } else if (spec.flags.includes(name) && eq < 0) {
      out.flags.add(name);
    } else {
      throw new UsageError('cli.usage.unknownOption', { option: arg });
    }
  }
  return out;
}
