/** The UI language of native menus, dialogs and error messages; set by the renderer. */
import { DEFAULT_LANGUAGE } from '../shared/i18n';
import type { Language } from '../shared/model/types';

let current: Language = DEFAULT_LANGUAGE;

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  current = language;
}
