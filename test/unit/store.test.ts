import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { migrate, STORE_VERSION } from '../../src/store/schema.js';
import { BACKUP_FILE, PROGRESS_FILE, Store } from '../../src/store/store.js';
import { REPO, tempDir } from '../helpers/paths.js';

const CHILD = join(REPO, 'test', 'helpers', 'store-child.ts');

function runChild(dir: string, mode: string, count: number) {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, dir, mode, String(count)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ReturnType<typeof runChild>): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('progress store', () => {
  it('starts empty, persists updates and reads them back in a new instance', async () => {
    const dir = tempDir();
    const store = await Store.open(dir);
    expect(store.data.version).toBe(STORE_VERSION);
    expect(store.notices).toEqual([]);
    await store.update((d) => {
      d.settings.examDate = '2027-01-15';
      d.lessons['rbac'] = { status: 'done', position: 12, updatedAt: '2026-11-23T10:00:00Z' };
    });
    const again = await Store.open(dir);
    expect(again.data.settings.examDate).toBe('2027-01-15');
    expect(again.data.lessons['rbac']?.position).toBe(12);
  });

  it('keeps the replaced file as the last-good backup', async () => {
    const dir = tempDir();
    const store = await Store.open(dir);
    await store.update((d) => void (d.settings.newCardsPerDay = 11));
    await store.update((d) => void (d.settings.newCardsPerDay = 12));
    const backup = JSON.parse(readFileSync(join(dir, BACKUP_FILE), 'utf8'));
    expect(backup.settings.newCardsPerDay).toBe(11);
  });

  it('moves a corrupt file aside, restores the backup and says so in one line', async () => {
    const dir = tempDir();
    const store = await Store.open(dir);
    await store.update((d) => void (d.settings.examDate = '2027-02-01'));
    await store.update((d) => void (d.settings.newCardsPerDay = 33));
    writeFileSync(join(dir, PROGRESS_FILE), '{"version": 1, "settings": {"examDa');
    const recovered = await Store.open(dir);
    // The backup is the state before the last write.
    expect(recovered.data.settings.examDate).toBe('2027-02-01');
    expect(recovered.data.settings.newCardsPerDay).toBe(20);
    expect(recovered.notices).toHaveLength(1);
    expect(recovered.notices[0]).toMatch(/progress\.json was unreadable .*moved it to .*progress\.corrupt-.*\.json and restored the last good backup\./);
    expect(recovered.notices[0]).not.toContain('\n');
    const aside = readdirSync(dir).find((f) => f.startsWith('progress.corrupt-'))!;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{"version": 1, "settings": {"examDa');
    // The restored file is valid again on disk.
    expect(JSON.parse(readFileSync(join(dir, PROGRESS_FILE), 'utf8')).settings.examDate).toBe('2027-02-01');
  });

  it('starts fresh with a notice when the file is corrupt and there is no backup', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, PROGRESS_FILE), 'not json at all');
    const store = await Store.open(dir);
    expect(store.data.cards).toEqual({});
    expect(store.notices[0]).toMatch(/no usable backup, so progress starts fresh/);
  });

  it('treats JSON that does not match the schema as corrupt', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, PROGRESS_FILE), JSON.stringify({ version: 1, createdAt: 'x', cards: 'oops' }));
    const store = await Store.open(dir);
    expect(store.notices[0]).toMatch(/does not match the progress schema/);
  });

  it('refuses a file from a newer version without touching it', async () => {
    const dir = tempDir();
    const future = JSON.stringify({ version: STORE_VERSION + 1, createdAt: '2030-01-01T00:00:00Z' });
    writeFileSync(join(dir, PROGRESS_FILE), future);
    await expect(Store.open(dir)).rejects.toThrow(UserError);
    await expect(Store.open(dir)).rejects.toThrow(/newer cks-tutor/);
    expect(readFileSync(join(dir, PROGRESS_FILE), 'utf8')).toBe(future);
  });

  it('runs migrations in order up to the current version', () => {
    const migrations = {
      0: (d: Record<string, unknown>) => ({ ...d, settings: { examDate: d.exam } }),
      1: (d: Record<string, unknown>) => ({ ...d, createdAt: '2026-01-01T00:00:00Z' }),
    };
    const data = migrate({ exam: '2027-03-03' }, migrations, 2);
    expect(data.version).toBe(2);
    expect(data.settings.examDate).toBe('2027-03-03');
    expect(data.createdAt).toBe('2026-01-01T00:00:00Z');
  });

  it('reports a lock held by another instance as a clear error, and works once it is released', async () => {
    const dir = tempDir();
    const store = await Store.open(dir, { lockWaitMs: 200 });
    const { default: lockfile } = await import('proper-lockfile');
    const unlock = await lockfile.lock(store.file, { realpath: false });
    await expect(store.update((d) => void (d.settings.newCardsPerDay = 1))).rejects.toThrow(/is locked by another cks-tutor/);
    await unlock();
    await store.update((d) => void (d.settings.newCardsPerDay = 1));
    expect((await Store.open(dir)).data.settings.newCardsPerDay).toBe(1);
  });

  it('loses no update when two processes write at the same time', async () => {
    const dir = tempDir();
    await Store.open(dir);
    const children = [runChild(dir, 'increment', 40), runChild(dir, 'increment', 40)];
    const codes = await Promise.all(children.map(exited));
    expect(codes).toEqual([0, 0]);
    const store = await Store.open(dir);
    expect(store.data.days['2026-01-01']?.reviews).toBe(80);
  }, 60_000);

  it('survives the writer being killed mid-write: the file reads and holds every acknowledged write', async () => {
    // The kill is aimed at the write itself: the first file-system event in the data dir after a few
    // acknowledged writes is the next write starting; each round kills a little later into it.
    for (let round = 0; round < 6; round++) {
      const dir = tempDir();
      const child = runChild(dir, 'bulk', 1000);
      let acked = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line) acked = Math.max(acked, Number(line));
      });
      await new Promise<void>((resolve) => {
        const watcher = watch(dir, (_event, name) => {
          if (acked < 3 || !name?.includes('progress.json') || name.includes('lock')) return;
          watcher.close();
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, round * 2);
        });
      });
      await exited(child);
      const store = await Store.open(dir);
      expect(store.notices).toEqual([]);
      for (let i = 1; i <= acked; i++) expect(store.data.questions[`q${i}`]).toHaveLength(20_000);
      expect(existsSync(join(dir, PROGRESS_FILE))).toBe(true);
    }
  }, 120_000);
});
