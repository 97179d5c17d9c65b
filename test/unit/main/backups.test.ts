import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, backupsToDelete, createBackupStore, parseBackupFileName } from '../../../src/main/backups';

const PROJECT = '3f2a9c1e-1b2c-4d3e-8f90-123456789abc';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('backup rotation policy', () => {
  it('keeps the newest backup of each of the last 10 days that have backups', () => {
    const names: string[] = [];
    // 12 days with backups (with gaps), three per day.
    const days = ['01', '02', '04', '05', '08', '09', '10', '11', '15', '16', '17', '20'];
    for (const day of days) for (const hour of ['08', '12', '17']) names.push(backupFileName(new Date(`2026-03-${day}T${hour}:00:00.000Z`)));
    names.push('project.json', 'notes.txt', `${backupFileName(new Date('2026-03-20T18:00:00.000Z'))}.tmp`);

    const deleted = new Set(backupsToDelete(names));
    const kept = names.filter((n) => parseBackupFileName(n) && !deleted.has(n));
    expect(kept.sort()).toEqual(days.slice(2).map((d) => backupFileName(new Date(`2026-03-${d}T17:00:00.000Z`))).sort());
    expect(kept).toHaveLength(10);
    // Files that are not backups are never touched.
    expect(deleted.has('project.json')).toBe(false);
    expect(deleted.has('notes.txt')).toBe(false);
  });

  it('uses file names without ":" (valid on Windows) that round-trip to the time', () => {
    const date = new Date('2026-11-23T10:00:00.123Z');
    expect(backupFileName(date)).toBe('2026-11-23T10-00-00.123Z.werkbank');
    expect(parseBackupFileName(backupFileName(date))?.toISOString()).toBe(date.toISOString());
  });
});

describe('backup store', () => {
  let dir: string;
  let clock: Date;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-backups-'));
    clock = new Date('2026-03-01T09:00:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const store = () => createBackupStore(join(dir, 'backups'), { now: () => new Date(clock) });

  it('writes, lists (newest first) and reads backups', async () => {
    const s = store();
    const first = await s.write(PROJECT, 'Zorginterviews', bytes('v1'));
    clock = new Date('2026-03-02T09:00:00.000Z');
    const second = await s.write(PROJECT, 'Zorginterviews', bytes('v2'));
    expect(first.id).toBe(`${PROJECT}/2026-03-01T09-00-00.000Z.werkbank`);
    const list = await s.list();
    expect(list.map((b) => b.id)).toEqual([second.id, first.id]);
    expect(list[0]).toMatchObject({ projectId: PROJECT, projectName: 'Zorginterviews', createdAt: '2026-03-02T09:00:00.000Z', byteLength: 2 });
    expect(new TextDecoder().decode(await s.read(first.id))).toBe('v1');
    expect(await s.list('other-project')).toEqual([]);
  });

  it('rotates on write: one per day, at most 10 files per project', async () => {
    const s = store();
    for (let day = 1; day <= 14; day++) {
      for (const hour of [8, 16]) {
        clock = new Date(Date.UTC(2026, 2, day, hour));
        await s.write(PROJECT, 'P', bytes(`${day}-${hour}`));
      }
    }
    const files = readdirSync(join(dir, 'backups', PROJECT)).filter((n) => n.endsWith('.werkbank'));
    expect(files).toHaveLength(10);
    const list = await s.list(PROJECT);
    expect(list.map((b) => b.createdAt)).toEqual(
      Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2026, 2, 14 - i, 16)).toISOString()),
    );
    expect(new TextDecoder().decode(await s.read(list[0].id))).toBe('14-16');
  });

  it('gives two writes in the same millisecond different files', async () => {
    const s = store();
    const a = await s.write(PROJECT, 'P', bytes('a'));
    const b = await s.write(PROJECT, 'P', bytes('b'));
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    '../../etc/passwd',
    `${PROJECT}/../../../etc/passwd`,
    `${PROJECT}/..%2F..%2Fsecret.werkbank`,
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    `${PROJECT}\\..\\x.werkbank`,
    `${PROJECT}/project.json`,
    `${PROJECT}/2026-03-01T09-00-00.000Z.werkbank/extra`,
    `../${PROJECT}/2026-03-01T09-00-00.000Z.werkbank`,
    '',
  ])('refuses the id %j', async (id) => {
    await expect(store().read(id)).rejects.toThrow(/Ongeldige back-up/);
  });

  it('refuses invalid project ids on write and list', async () => {
    const s = store();
    await expect(s.write('../evil', 'P', bytes('x'))).rejects.toThrow(/project-id/);
    await expect(s.write('a/b', 'P', bytes('x'))).rejects.toThrow(/project-id/);
    await expect(s.list('..')).rejects.toThrow(/project-id/);
  });

  it('refuses a backup that is a symlink out of the folder', async () => {
    const s = store();
    await s.write(PROJECT, 'P', bytes('x'));
    writeFileSync(join(dir, 'secret.txt'), 'personal data');
    const other = 'aaaaaaaa-1b2c-4d3e-8f90-123456789abc';
    mkdirSync(join(dir, 'backups', other));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'backups', other, '2026-03-01T09-00-00.000Z.werkbank'));
    await expect(s.read(`${other}/2026-03-01T09-00-00.000Z.werkbank`)).rejects.toThrow(/Ongeldige back-up/);
  });

  it('reports a missing backup clearly', async () => {
    await expect(store().read(`${PROJECT}/2026-03-01T09-00-00.000Z.werkbank`)).rejects.toThrow(/bestaat niet/);
  });
});
