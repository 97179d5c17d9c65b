import { IPC } from '../../preload/channels';
import type { Language } from '../../shared/model/types';
import { defineHandler, type HandlerMap } from './register';

export function menuHandlers(setLanguage: (language: Language) => void): HandlerMap {
  return {
    [IPC.menu.setLanguage]: defineHandler(['language'], (_event, language) => {
      setLanguage(language);
    }),
  };
}
