import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIpcMain } from './fake-ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electron } = await import('./fake-electron');
const { registerHandlers, defineHandler } = await import('../../../src/main/ipc/register');
const { dialogHandlers, projectFileName } = await import('../../../src/main/ipc/dialogs');
const { backupHandlers } = await import('../../../src/main/ipc/backups');
const { menuHandlers } = await import('../../../src/main/ipc/menu');
const { openedFileHandlers } = await import('../../../src/main/ipc/opened');
const { createOpenedFiles } = await import('../../../src/main/opened-files');
const { IPC } = await import('../../../src/preload/channels');
const { MAX_FILE_BYTES } = await import('../../../src/main/files');
const { setLanguage } = await import('../../../src/main/language');

const appFrame = { url: 'app://werkbank/index.html', parent: null };
const fromApp = { senderFrame: appFrame, sender: {} };

describe('registerHandlers: sender validation', () => {
  const handle = vi.fn(() => 'ok');
  const ipc = fakeIpcMain();
  registerHandlers(ipc, { [IPC.backups.read]: defineHandler(['string'], handle) });
  beforeEach(() => handle.mockClear());

  it('accepts the app’s own top-level frame', async () => {
    await expect(ipc.invoke(IPC.backups.read, fromApp, 'x')).resolves.toBe('ok');
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'app://werkbank.evil/index.html', parent: null } }],
    ['an iframe inside the app', { senderFrame: { url: 'app://werkbank/frame.html', parent: appFrame } }],
    ['a destroyed frame', { senderFrame: null }],
    ['the dev server when not in development', { senderFrame: { url: 'http://localhost:5173/', parent: null } }],
  ])('rejects %s and never calls the handler', async (_name, event) => {
    await expect(ipc.invoke(IPC.backups.read, event, 'x')).rejects.toThrow(/not the Werkbank app/);
    expect(handle).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when registered with it', async () => {
    const dev = fakeIpcMain();
    registerHandlers(dev, { [IPC.backups.read]: defineHandler(['string'], handle) }, { devUrl: 'http://localhost:5173/' });
    await expect(dev.invoke(IPC.backups.read, { senderFrame: { url: 'http://localhost:5173/', parent: null } }, 'x')).resolves.toBe('ok');
  });
});

describe('registerHandlers: argument validation', () => {
  const handle = vi.fn(() => 'ok');
  const ipc = fakeIpcMain();
  registerHandlers(ipc, {
    [IPC.backups.write]: defineHandler(['string', 'string', 'bytes'], handle),
    [IPC.backups.list]: defineHandler(['optional-string'], handle),
    [IPC.menu.setLanguage]: defineHandler(['language'], handle),
  });
  beforeEach(() => handle.mockClear());

  it('passes well-typed arguments through', async () => {
    await ipc.invoke(IPC.backups.write, fromApp, 'p1', 'Project', new Uint8Array([1, 2]));
    await ipc.invoke(IPC.backups.list, fromApp);
    await ipc.invoke(IPC.menu.setLanguage, fromApp, 'en');
    expect(handle).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['a number instead of a string', IPC.backups.write, [42, 'Project', new Uint8Array()]],
    ['an object instead of a string', IPC.backups.write, [{ toString: () => 'p1' }, 'Project', new Uint8Array()]],
    ['a string instead of bytes', IPC.backups.write, ['p1', 'Project', 'AAAA']],
    ['a plain array instead of bytes', IPC.backups.write, ['p1', 'Project', [1, 2, 3]]],
    ['an ArrayBuffer instead of a Uint8Array', IPC.backups.write, ['p1', 'Project', new ArrayBuffer(2)]],
    ['missing arguments', IPC.backups.write, ['p1']],
    ['extra arguments', IPC.backups.write, ['p1', 'Project', new Uint8Array(), '/etc/passwd']],
    ['an overlong string', IPC.backups.list, ['x'.repeat(5000)]],
    ['null for an optional string', IPC.backups.list, [null]],
    ['an unknown language', IPC.menu.setLanguage, ['de']],
  ])('rejects %s', async (_name, channel, args) => {
    await expect(ipc.invoke(channel, fromApp, ...(args as unknown[]))).rejects.toThrow(/argument/);
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('handler maps', () => {
  it('cover every invoke channel exactly once, all with declared argument types', () => {
    const store = { write: vi.fn(), list: vi.fn(), read: vi.fn() };
    const maps = [dialogHandlers, backupHandlers(store), menuHandlers(vi.fn()), openedFileHandlers(createOpenedFiles())];
    const channels = maps.flatMap((m) => Object.keys(m));
    const invokeFiles = Object.values(IPC.files).filter((c) => c !== IPC.files.opened);
    const expected = [...Object.values(IPC.dialogs), ...invokeFiles, ...Object.values(IPC.backups), IPC.menu.setLanguage];
    expect(channels.sort()).toEqual(expected.sort());
    for (const map of maps) for (const spec of Object.values(map)) expect(Array.isArray(spec!.args)).toBe(true);
  });

  it('menu.setLanguage rebuilds the menu with the language', async () => {
    const ipc = fakeIpcMain();
    const set = vi.fn();
    registerHandlers(ipc, menuHandlers(set));
    await ipc.invoke(IPC.menu.setLanguage, fromApp, 'en');
    expect(set).toHaveBeenCalledWith('en');
  });
});

describe('dialogs', () => {
  let dir: string;
  const ipc = fakeIpcMain();
  registerHandlers(ipc, dialogHandlers);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-dialogs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => setLanguage('nl'));

  it('reads the transcripts the user picked (multi-select, transcript filters)', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Interviewer: hallo');
    writeFileSync(join(dir, 'b.vtt'), 'WEBVTT');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'a.txt'), join(dir, 'b.vtt')] });
    const files = (await ipc.invoke(IPC.dialogs.openTranscripts, fromApp)) as { name: string; bytes: Uint8Array }[];
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.vtt']);
    expect(new TextDecoder().decode(files[0].bytes)).toBe('Interviewer: hallo');
    const options = electron.dialog.showOpenDialog.mock.calls.at(-1)!.at(-1) as { properties: string[]; filters: { extensions: string[] }[] };
    expect(options.properties).toContain('multiSelections');
    expect(options.filters.flatMap((f) => f.extensions)).toEqual(expect.arrayContaining(['txt', 'docx', 'vtt', 'srt', '*']));
  });

  it('returns [] / null when the dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(ipc.invoke(IPC.dialogs.openTranscripts, fromApp)).resolves.toEqual([]);
    await expect(ipc.invoke(IPC.dialogs.openProject, fromApp)).resolves.toBeNull();
  });

  it('refuses files above the size limit with a clear message', async () => {
    const big = join(dir, 'huge.docx');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no real 200 MB written
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    await expect(ipc.invoke(IPC.dialogs.openTranscripts, fromApp)).rejects.toThrow(/"huge\.docx" is te groot .*200 MB/);
  });

  it('saves atomically with the .werkbank extension and leaves no temp file', async () => {
    const target = join(dir, 'Mijn project');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await ipc.invoke(IPC.dialogs.saveProject, fromApp, 'Mijn project', new Uint8Array([80, 75]));
    expect(saved).toBe(`${target}.werkbank`);
    expect([...readFileSync(`${target}.werkbank`)]).toEqual([80, 75]);
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
    expect(existsSync(`${target}.werkbank.tmp`)).toBe(false);
  });

  it('never lets the suggested name choose a directory', () => {
    expect(projectFileName('../../etc/passwd')).toBe('etc passwd.werkbank');
    expect(projectFileName('C:\\Windows\\evil')).toBe('C Windows evil.werkbank');
    expect(projectFileName('')).toBe('project.werkbank');
    expect(projectFileName('Onderzoek.werkbank')).toBe('Onderzoek.werkbank');
  });
});
