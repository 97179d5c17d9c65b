import { translate } from '../../shared/i18n';
import { useUi } from '../state/ui-store';

/** Shows any caught error as a translated message in the toast area (and logs it). */
export function reportError(error: unknown, contextKey = 'app.error.generic'): void {
  const { language, pushToast } = useUi.getState();
  const detail = describeError(language, error);
  console.error(error);
  pushToast({ kind: 'error', text: translate(language, contextKey, { detail }) });
}

export function notify(key: string, params?: Record<string, string | number>, kind: 'info' | 'success' = 'success'): void {
  const { language, pushToast } = useUi.getState();
  pushToast({ kind, text: translate(language, key, params ?? {}) });
}

/** Errors from the domain and data layers carry an i18n key; others show their message. */
export function describeError(language: Parameters<typeof translate>[0], error: unknown): string {
  if (error && typeof error === 'object' && 'key' in error && typeof (error as { key: unknown }).key === 'string') {
    const { key, params } = error as { key: string; params?: Record<string, string | number> };
    return translate(language, key, params ?? {});
  }
  return error instanceof Error ? error.message : String(error);
}
