import type { Language } from '../model/types';
import { importMessages } from './messages/import';
import { projectMessages } from './messages/project';
import { appMessages } from './messages/app';
import { cliMessages } from './messages/cli';
import { menuMessages } from './messages/menu';
import { codebookMessages } from './messages/codebook';
import { refiMessages } from './messages/refi';
import { codingMessages } from './messages/coding';
import { analysisMessages } from './messages/analysis';
import { agreementMessages } from './messages/agreement';
import { reportMessages } from './messages/report';
import { exportMessages } from './messages/export';

/**
 * The one i18n layer: UI, menus, CLI and error messages all read from these catalogues.
 * Each area keeps its own file with `nl` and `en` side by side so a missing translation shows
 * in review; a unit test asserts both languages have the same keys and placeholders.
 */
export type Catalogue = Record<string, string>;
export interface AreaMessages {
  nl: Catalogue;
  en: Catalogue;
}

const areas: AreaMessages[] = [importMessages, projectMessages, appMessages, cliMessages, menuMessages, codebookMessages, codingMessages, refiMessages, analysisMessages, exportMessages, agreementMessages, reportMessages];

export const catalogues: Record<Language, Catalogue> = {
  nl: Object.assign({}, ...areas.map((a) => a.nl)),
  en: Object.assign({}, ...areas.map((a) => a.en)),
};

export const LANGUAGES: Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Formats `key` in `lang`, filling `{name}` placeholders. Unknown keys return the key itself. */
export function translate(
  lang: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  // Singular forms live under "<key>.one" and are used when params.count is 1.
  const singular = params.count === 1 ? (catalogues[lang][`${key}.one`] ?? catalogues.en[`${key}.one`]) : undefined;
  const template = singular ?? catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(lang, params[name]) : whole,
  );
}

function formatParam(lang: Language, value: string | number): string {
  if (typeof value === 'number') return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return value;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}
