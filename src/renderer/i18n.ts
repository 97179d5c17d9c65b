import { useCallback } from 'react';
import { translate } from '../shared/i18n';
import { useUi } from './state/ui-store';

export type TFunction = (key: string, params?: Record<string, string | number>) => string;

/** The UI's one way to show text: `t('app.key', { name })` in the current language. */
export function useT(): TFunction {
  const language = useUi((s) => s.language);
  return useCallback((key, params) => translate(language, key, params ?? {}), [language]);
}

export function useLanguage() {
  return useUi((s) => s.language);
}
