import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fakeIpcMain, fromApp } from './fake-ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { registerHandlers } = await import('../../../src/main/ipc/register');
const { openedFileHandlers } = await import('../../../src/main/ipc/opened');
const { createOpenedFiles, projectFilesIn } = await import('../../../src/main/opened-files');
const { IPC } = await import('../../../src/preload/channels');

describe('project files handed over by the operating system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-opened-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds .werkbank paths on a command line, resolved against its working directory', () => {
    const argv = ['/opt/Werkbank/werkbank', '--no-sandbox', 'Scriptie.WERKBANK', '/home/s/b.werkbank', 'notities.txt', '--x=a.werkbank'];
    expect(projectFilesIn(argv, '/home/s/Documenten')).toEqual([resolve('/home/s/Documenten', 'Scriptie.WERKBANK'), '/home/s/b.werkbank']);
    expect(projectFilesIn(['/opt/Werkbank/werkbank'], '/')).toEqual([]);
    // In development Electron runs as `electron .`: the app folder is not a project file.
    expect(projectFilesIn(['electron', '.'], '/work')).toEqual([]);
  });

  it('queues paths in order, once each, and signals each arrival', () => {
    const opened = createOpenedFiles();
    const signal = vi.fn();
    opened.add(['/a.werkbank']); // before any window listens (the start-up file)
    opened.onAdded(signal);
    opened.add(['/b.werkbank', '/a.werkbank']);
    opened.add(['/b.werkbank']);
    expect(signal).toHaveBeenCalledTimes(1);
    expect([opened.take(), opened.take(), opened.take()]).toEqual(['/a.werkbank', '/b.werkbank', undefined]);
  });

  it('hands the renderer each waiting file with its bytes, then null; a missing file rejects', async () => {
    const file = join(dir, 'Ronde 2.werkbank');
    writeFileSync(file, '{"format":"werkbank-project"}');
    const opened = createOpenedFiles();
    const ipc = fakeIpcMain();
    registerHandlers(ipc, openedFileHandlers(opened));
    opened.add([file, join(dir, 'weg.werkbank')]);
    const got = (await ipc.invoke(IPC.files.takeOpened, fromApp)) as { name: string; path: string; bytes: Uint8Array };
    expect(got.name).toBe('Ronde 2.werkbank');
    expect(got.path).toBe(file);
    expect(new TextDecoder().decode(got.bytes)).toBe('{"format":"werkbank-project"}');
    await expect(ipc.invoke(IPC.files.takeOpened, fromApp)).rejects.toThrow('"weg.werkbank" kan niet worden geopend');
    expect(await ipc.invoke(IPC.files.takeOpened, fromApp)).toBeNull();
  });
});
