import type { AreaMessages } from '../index';

export const projectMessages: AreaMessages = {
  nl: {},
  en: {},
};
