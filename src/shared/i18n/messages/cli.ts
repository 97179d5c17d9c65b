import type { AreaMessages } from '../index';

export const cliMessages: AreaMessages = {
  nl: {},
  en: {},
};
