import { create } from 'zustand';
import type { Language } from '../../shared/model/types';
import type { MenuCommand } from '../../preload/api';
import { DEFAULT_LANGUAGE, isLanguage } from '../../shared/i18n';
import { parseRoute, routeToHash, type Route } from '../lib/format';

const LANGUAGE_KEY = 'werkbank.language';
const projectLanguageKey = (projectId: string) => `werkbank.language.${projectId}`;

export type ToastKind = 'info' | 'success' | 'error';
export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
  /** Optional action button, e.g. "Ongedaan maken" after a delete. */
  action?: { label: string; run: () => void };
}

function readStoredLanguage(key: string): Language | null {
  try {
    const value = localStorage.getItem(key);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function storeLanguage(key: string, language: Language): void {
  try {
    localStorage.setItem(key, language);
  } catch {
    // storage unavailable (private mode): the choice lasts for this session only
  }
}

interface UiState {
  language: Language;
  route: Route;
  toasts: Toast[];
  /** A menu command for the start screen, given while a project was open (new/open project). */
  pendingCommand: MenuCommand | null;
  setPendingCommand(command: MenuCommand | null): void;
  /** Set by the user's switch: stored for the app and, inside a project, for that project. */
  setLanguage(language: Language, projectId?: string): void;
  /** On opening a project: the language chosen earlier for it, else its settings' language. */
  adoptProjectLanguage(projectId: string, settingsLanguage: Language): void;
  navigate(route: Route): void;
  syncRouteFromHash(): void;
  pushToast(toast: Omit<Toast, 'id'>, timeoutMs?: number): void;
  dismissToast(id: number): void;
}

let nextToastId = 1;

export const useUi = create<UiState>((set, get) => ({
  language: readStoredLanguage(LANGUAGE_KEY) ?? DEFAULT_LANGUAGE,
  route: typeof location === 'undefined' ? { kind: 'start' } : parseRoute(location.hash),
  toasts: [],
  pendingCommand: null,
  setPendingCommand(command) {
    set({ pendingCommand: command });
  },
  setLanguage(language, projectId) {
    storeLanguage(LANGUAGE_KEY, language);
    if (projectId) storeLanguage(projectLanguageKey(projectId), language);
    set({ language });
  },
  adoptProjectLanguage(projectId, settingsLanguage) {
    const language = readStoredLanguage(projectLanguageKey(projectId)) ?? settingsLanguage;
    if (language !== get().language) set({ language });
  },
  navigate(route) {
    const hash = routeToHash(route);
    if (location.hash !== hash) history.pushState(null, '', hash);
    set({ route });
  },
  syncRouteFromHash() {
    set({ route: parseRoute(location.hash) });
  },
  pushToast(toast, timeoutMs) {
    const id = nextToastId++;
    set({ toasts: [...get().toasts, { ...toast, id }].slice(-5) });
    const ms = timeoutMs ?? (toast.kind === 'error' ? 12_000 : toast.action ? 10_000 : 5_000);
    if (ms > 0) setTimeout(() => get().dismissToast(id), ms);
  },
  dismissToast(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));
