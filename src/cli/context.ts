import type { Language } from '../shared/model/types';
import { translate } from '../shared/i18n';

/** Where the CLI writes and what it reads from its environment; tests inject their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Cli extends CliIo {
  lang: Language;
  /** Translated message. */
  t: (key: string, params?: Record<string, string | number>) => string;
  out: (line?: string) => void;
  err: (line?: string) => void;
}

/** `--lang` wins; then LC_ALL, LC_MESSAGES, LANG (first one set): "nl…" → Dutch, else English. */
export function detectLanguage(explicit: string | undefined, env: Record<string, string | undefined>): Language {
  if (explicit === 'nl' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function makeCli(io: CliIo, lang: Language): Cli {
  return {
    ...io,
    lang,
    t: (key, params) => translate(lang, key, params),
    out: (line = '') => io.stdout(line + '\n'),
    err: (line = '') => io.stderr(line + '\n'),
  };
}
