import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIpcMain, fromApp } from './fake-ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron } = await import('./fake-electron');
const { registerHandlers } = await import('../../../src/main/ipc/register');
const { dialogHandlers } = await import('../../../src/main/ipc/dialogs');
const { IPC } = await import('../../../src/preload/channels');
const { createBridge } = await import('../../../src/preload/index');
const { forgetSavedPaths } = await import('../../../src/main/files');
const { setLanguage } = await import('../../../src/main/language');



describe('files:open-saved', () => {
  let dir = '';
  const ipc = fakeIpcMain();
  registerHandlers(ipc, dialogHandlers);
  const openPath = electron.shell.openPath;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-open-saved-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    setLanguage('nl');
    forgetSavedPaths();
    openPath.mockClear();
    openPath.mockResolvedValue('');
  });

  async function saveExport(name: string, kind: string): Promise<string> {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, name) });
    return (await ipc.invoke(IPC.dialogs.saveExport, fromApp, name, new Uint8Array([37, 80, 68, 70]), kind)) as string;
  }

  it('refuses a path this app did not save in this session', async () => {
    const foreign = join(dir, 'elders.pdf');
    writeFileSync(foreign, 'x');
    await expect(ipc.invoke(IPC.files.openSaved, fromApp, foreign)).rejects.toThrow(/refused, this file was not saved by Werkbank/);
    await expect(ipc.invoke(IPC.files.openSaved, fromApp, '/etc/passwd')).rejects.toThrow(/refused/);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('opens a path the export save just wrote', async () => {
    const saved = await saveExport('Verslag.pdf', 'pdf');
    expect(saved).toBe(join(dir, 'Verslag.pdf'));
    await expect(ipc.invoke(IPC.files.openSaved, fromApp, saved)).resolves.toBeUndefined();
    expect(openPath).toHaveBeenCalledWith(saved);
  });

  it('opens a project file saved through "Opslaan als"', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'studie') });
    const saved = (await ipc.invoke(IPC.dialogs.saveProject, fromApp, 'studie', new Uint8Array([1]))) as string;
    expect(saved).toBe(join(dir, 'studie.werkbank'));
    await ipc.invoke(IPC.files.openSaved, fromApp, saved);
    expect(openPath).toHaveBeenCalledWith(saved);
  });

  it('does not widen the permission to look-alike paths', async () => {
    const saved = await saveExport('Verslag.docx', 'docx');
    for (const other of [`${saved}.exe`, saved.toUpperCase(), join(dir, '..', 'Verslag.docx'), `${dir}/./Verslag.docx`]) {
      await expect(ipc.invoke(IPC.files.openSaved, fromApp, other)).rejects.toThrow(/refused/);
    }
    expect(openPath).not.toHaveBeenCalled();
  });

  it('does not remember a cancelled save', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: join(dir, 'nee.csv') });
    await expect(ipc.invoke(IPC.dialogs.saveExport, fromApp, 'nee', new Uint8Array([1]), 'csv')).resolves.toBeNull();
    await expect(ipc.invoke(IPC.files.openSaved, fromApp, join(dir, 'nee.csv'))).rejects.toThrow(/refused/);
  });

  it('reports the system’s error when the file cannot be opened', async () => {
    const saved = await saveExport('Fragmenten.xlsx', 'xlsx');
    openPath.mockResolvedValueOnce('Geen programma gevonden');
    await expect(ipc.invoke(IPC.files.openSaved, fromApp, saved)).rejects.toThrow('Geen programma gevonden');
  });

  it.each([
    ['a missing path', [], /argument 1 must be a string/],
    ['a path that is not a string', [42], /argument 1 must be a string/],
    ['an over-long path', ['x'.repeat(5000)], /at most 4096 characters/],
    ['extra arguments', ['/tmp/a.pdf', 'b'], /at most 1 argument/],
  ])('rejects %s before anything opens', async (_name, args, message) => {
    await expect(ipc.invoke(IPC.files.openSaved, fromApp, ...args)).rejects.toThrow(message);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not the app, even for a saved path', async () => {
    const saved = await saveExport('Verslag2.pdf', 'pdf');
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    await expect(ipc.invoke(IPC.files.openSaved, foreign, saved)).rejects.toThrow(/not the Werkbank app/);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('is reachable from the preload bridge on its own channel', async () => {
    const renderer = { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() };
    const bridge = createBridge(renderer as never, '1.0.0');
    await bridge.files.openSaved('/tmp/Verslag.pdf');
    expect(renderer.invoke).toHaveBeenCalledWith('files:open-saved', '/tmp/Verslag.pdf');
  });
});
