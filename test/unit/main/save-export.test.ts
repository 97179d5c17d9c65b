import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIpcMain, fromApp } from './fake-ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron } = await import('./fake-electron');
const { registerHandlers } = await import('../../../src/main/ipc/register');
const { dialogHandlers, exportFileName } = await import('../../../src/main/ipc/dialogs');
const { IPC, EXPORT_KINDS, isExportKind } = await import('../../../src/preload/channels');
const { setLanguage } = await import('../../../src/main/language');
const { MAX_FILE_BYTES } = await import('../../../src/main/files');


describe('dialogs:save-export', () => {
  let dir = '';
  const ipc = fakeIpcMain();
  registerHandlers(ipc, dialogHandlers);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-export-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    setLanguage('nl');
    electron.dialog.showSaveDialog.mockClear();
  });

  it('knows exactly the export kinds of the contract', () => {
    expect([...EXPORT_KINDS].sort()).toEqual(['csv', 'docx', 'pdf', 'png', 'qdc', 'qdpx', 'svg', 'xlsx']);
    expect(isExportKind('docx')).toBe(true);
    expect(isExportKind('exe')).toBe(false);
    expect(isExportKind('toString')).toBe(false);
    expect(isExportKind(undefined)).toBe(false);
  });

  it('saves atomically with the kind’s extension and filter, and leaves no temp file', async () => {
    const target = join(dir, 'Codeboek bijlage');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await ipc.invoke(IPC.dialogs.saveExport, fromApp, 'Codeboek bijlage.docx', new Uint8Array([80, 75, 3, 4]), 'docx');
    expect(saved).toBe(`${target}.docx`);
    expect([...readFileSync(`${target}.docx`)]).toEqual([80, 75, 3, 4]);
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
    const options = electron.dialog.showSaveDialog.mock.calls.at(-1)!.at(-1) as {
      defaultPath: string;
      title: string;
      filters: { name: string; extensions: string[] }[];
    };
    expect(options.defaultPath).toBe('Codeboek bijlage.docx');
    expect(options.filters).toEqual([{ name: 'Word-document (.docx)', extensions: ['docx'] }]);
    expect(options.title).toBe('Exporteren als');
  });

  it('keeps an extension the user typed and overwrites atomically', async () => {
    const target = join(dir, 'codes.csv');
    writeFileSync(target, 'old');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(ipc.invoke(IPC.dialogs.saveExport, fromApp, 'codes', new TextEncoder().encode('a;b'), 'csv')).resolves.toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('a;b');
  });

  it('returns null when cancelled and writes nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(ipc.invoke(IPC.dialogs.saveExport, fromApp, 'x', new Uint8Array([1]), 'qdc')).resolves.toBeNull();
    expect(existsSync(join(dir, 'x.qdc'))).toBe(false);
  });

  it.each([
    ['an unknown kind', ['x', new Uint8Array([1]), 'exe'], /argument 3 must be an export kind/],
    ['a missing kind', ['x', new Uint8Array([1])], /argument 3 must be a string/],
    ['bytes that are not a Uint8Array', ['x', [1, 2, 3], 'csv'], /argument 2 must be a Uint8Array/],
    ['a name that is not a string', [42, new Uint8Array([1]), 'csv'], /argument 1 must be a string/],
    ['extra arguments', ['x', new Uint8Array([1]), 'csv', '/etc/passwd'], /at most 3 argument/],
  ])('rejects %s before any dialog opens', async (_name, args, message) => {
    await expect(ipc.invoke(IPC.dialogs.saveExport, fromApp, ...args)).rejects.toThrow(message);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not the app', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    await expect(ipc.invoke(IPC.dialogs.saveExport, foreign, 'x', new Uint8Array([1]), 'csv')).rejects.toThrow(/not the Werkbank app/);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('never lets the suggested name choose a directory', () => {
    expect(exportFileName('../../etc/passwd', 'csv')).toBe('etc passwd.csv');
    expect(exportFileName('', 'qdc')).toBe('export.qdc');
    expect(exportFileName('Codeboek.DOCX', 'docx')).toBe('Codeboek.docx');
  });
});

describe('dialogs:open-codebook', () => {
  const ipc = fakeIpcMain();
  registerHandlers(ipc, dialogHandlers);
  it('reads the picked .qdc file and offers the REFI-QDA filter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-qdc-'));
    try {
      writeFileSync(join(dir, 'codes.qdc'), '<CodeBook/>');
      electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'codes.qdc')] });
      const file = (await ipc.invoke(IPC.dialogs.openCodebook, fromApp)) as { name: string; bytes: Uint8Array };
      expect(file.name).toBe('codes.qdc');
      expect(new TextDecoder().decode(file.bytes)).toBe('<CodeBook/>');
      const options = electron.dialog.showOpenDialog.mock.calls.at(-1)!.at(-1) as { filters: { extensions: string[] }[] };
      expect(options.filters.flatMap((f) => f.extensions)).toEqual(['qdc', '*']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dialogs:open-exchange', () => {
  const ipc = fakeIpcMain();
  registerHandlers(ipc, dialogHandlers);
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-qdpx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    setLanguage('nl');
    electron.dialog.showOpenDialog.mockClear();
  });

  it('reads the picked .qdpx file and offers the REFI-QDA project filter', async () => {
    writeFileSync(join(dir, 'studie.qdpx'), new Uint8Array([80, 75, 3, 4, 9]));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'studie.qdpx')] });
    const file = (await ipc.invoke(IPC.dialogs.openExchange, fromApp)) as { name: string; path: string; bytes: Uint8Array };
    expect(file.name).toBe('studie.qdpx');
    expect(file.path).toBe(join(dir, 'studie.qdpx'));
    expect([...file.bytes]).toEqual([80, 75, 3, 4, 9]);
    const options = electron.dialog.showOpenDialog.mock.calls.at(-1)!.at(-1) as {
      title: string;
      properties: string[];
      filters: { name: string; extensions: string[] }[];
    };
    expect(options.title).toBe('REFI-QDA-project importeren');
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual([
      { name: 'REFI-QDA-project (.qdpx)', extensions: ['qdpx'] },
      { name: expect.any(String), extensions: ['*'] },
    ]);
  });

  it('names the filter in English when the app is in English', async () => {
    setLanguage('en');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await ipc.invoke(IPC.dialogs.openExchange, fromApp);
    const options = electron.dialog.showOpenDialog.mock.calls.at(-1)!.at(-1) as { title: string; filters: { name: string }[] };
    expect(options.title).toBe('Import REFI-QDA project');
    expect(options.filters[0].name).toBe('REFI-QDA project (.qdpx)');
  });

  it('returns null when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(ipc.invoke(IPC.dialogs.openExchange, fromApp)).resolves.toBeNull();
  });

  it('refuses a file above the size limit with a message naming it', async () => {
    const big = join(dir, 'enorm.qdpx');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no real 200 MB written
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    await expect(ipc.invoke(IPC.dialogs.openExchange, fromApp)).rejects.toThrow(/"enorm\.qdpx" is te groot .*200 MB/);
  });

  it('takes no arguments and refuses a sender that is not the app', async () => {
    await expect(ipc.invoke(IPC.dialogs.openExchange, fromApp, '/etc/passwd')).rejects.toThrow(/at most 0 argument/);
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    await expect(ipc.invoke(IPC.dialogs.openExchange, foreign)).rejects.toThrow(/not the Werkbank app/);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
