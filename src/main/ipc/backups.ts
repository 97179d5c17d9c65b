import { IPC } from '../../preload/channels';
import type { BackupStore } from '../backups';
import { defineHandler, type HandlerMap } from './register';

export function backupHandlers(store: BackupStore): HandlerMap {
  return {
    [IPC.backups.write]: defineHandler(['string', 'string', 'bytes'], (_event, projectId, projectName, bytes) =>
      store.write(projectId, projectName, bytes),
    ),
    [IPC.backups.list]: defineHandler(['optional-string'], (_event, projectId) => store.list(projectId)),
    [IPC.backups.read]: defineHandler(['string'], (_event, id) => store.read(id)),
  };
}
