import type { AreaMessages } from '../index';

export const menuMessages: AreaMessages = {
  nl: {},
  en: {},
};
