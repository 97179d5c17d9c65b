import type { AreaMessages } from '../index';

export const appMessages: AreaMessages = {
  nl: {},
  en: {},
};
