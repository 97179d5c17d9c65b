/**
 * `files:take-opened`: hands the renderer the next project file the operating system asked to
 * open. The path comes from the OS (command line or macOS `open-file`), never from the renderer.
 */
import { basename } from 'node:path';
import type { BridgeFile } from '../../preload/api';
import { IPC } from '../../preload/channels';
import { translate } from '../../shared/i18n';
import { readFileLimited, UserFacingError } from '../files';
import { getLanguage } from '../language';
import type { OpenedFiles } from '../opened-files';
import { defineHandler, type HandlerMap } from './register';

export function openedFileHandlers(opened: OpenedFiles): HandlerMap {
  return {
    [IPC.files.takeOpened]: defineHandler([], async (): Promise<BridgeFile | null> => {
      const path = opened.take();
      if (!path) return null;
      try {
        return { name: basename(path), path, bytes: await readFileLimited(path, getLanguage()) };
      } catch (error) {
        // Too large / not a file already say so; a vanished or unreadable file gets a message naming it.
        if (error instanceof UserFacingError) throw error;
        throw new UserFacingError(translate(getLanguage(), 'menu.error.fileGone', { name: basename(path) }));
      }
    }),
  };
}
