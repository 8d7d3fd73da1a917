// The only writer of the progress file. Concurrency model: every change is a function applied under an
// inter-process lock to a fresh re-read of the file, so two running instances never lose each other's
// updates. Writes are atomic (lowdb/steno: temp file + rename) and the file that was replaced is kept
// as the last-good backup. A corrupt file is moved aside and the backup restored.
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import lockfile from 'proper-lockfile';
import { ZodError } from 'zod';
import { UserError, errorMessage } from '../errors.js';
import { NewerStoreError, emptyStore, migrate, type StoreData } from './schema.js';

export const PROGRESS_FILE = 'progress.json';
export const BACKUP_FILE = 'progress.backup.json';

export interface StoreOptions {
  /** How long to wait for another instance's lock before giving up (ms). */
  lockWaitMs?: number;
  now?: () => Date;
}

export class Store {
  readonly file: string;
  readonly backupFile: string;
  /** One-line messages for the learner about recoveries that happened while reading. */
  readonly notices: string[] = [];
  private readonly db: Low<StoreData>;
  private readonly lockWaitMs: number;
  private readonly now: () => Date;

  private constructor(
    readonly dir: string,
    options: StoreOptions,
  ) {
    this.file = join(dir, PROGRESS_FILE);
    this.backupFile = join(dir, BACKUP_FILE);
    this.lockWaitMs = options.lockWaitMs ?? 5000;
    this.now = options.now ?? (() => new Date());
    // Compact JSON: the file is rewritten on every change and pretty-printing doubles its size.
    const adapter = new DataFile<StoreData>(this.file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
    this.db = new Low(adapter, emptyStore(this.now()));
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    const store = new Store(dir, options);
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      throw new UserError(`cannot create the data directory ${dir}: ${errorMessage(e)}`);
    }
    await store.reload();
    return store;
  }

  get data(): StoreData {
    return this.db.data;
  }

  /** Re-reads the file (recovering from corruption) without writing. */
  async reload(): Promise<StoreData> {
    try {
      this.db.data = await this.readCurrent(false);
    } catch (e) {
      if (!(e instanceof NeedsRecovery)) throw e;
      // Recovery renames and copies files, so it runs under the lock like any write.
      const release = await this.lock();
      try {
        this.db.data = await this.readCurrent(true);
      } finally {
        await release();
      }
    }
    return this.db.data;
  }

  /**
   * Applies `change` to the freshly read file under the lock and writes the result.
   * `change` may mutate its argument or return a replacement; it must be synchronous and pure.
   */
  async update(change: (data: StoreData) => StoreData | void): Promise<StoreData> {
    const release = await this.lock();
    try {
      const current = await this.readCurrent(true);
      const next = change(current) ?? current;
      if (existsSync(this.file)) await copyFile(this.file, this.backupFile);
      this.db.data = next;
      await this.db.write();
      return next;
    } finally {
      await release();
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    const minTimeout = 15;
    try {
      return await lockfile.lock(this.file, {
        realpath: false,
        stale: 10_000,
        retries: { retries: Math.ceil(this.lockWaitMs / minTimeout), factor: 1, minTimeout, maxTimeout: minTimeout },
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new UserError(
          `${this.file} is locked by another cks-tutor; close it, or delete ${this.file}.lock if none is running`,
        );
      }
      throw new UserError(`cannot lock ${this.file}: ${errorMessage(e)}`);
    }
  }

  private async readCurrent(recover: boolean): Promise<StoreData> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot read ${this.file}: ${errorMessage(e)}`);
      if (!existsSync(this.backupFile)) return emptyStore(this.now());
      // A crash between the backup copy and the rename: the backup is the last good state.
      if (!recover) throw new NeedsRecovery();
      return this.restoreBackup(`${this.file} was missing`);
    }
    try {
      return migrate(JSON.parse(text));
    } catch (e) {
      if (e instanceof NewerStoreError) throw new UserError(`${this.file} was ${e.message}: upgrade cks-tutor`);
      if (!recover) throw new NeedsRecovery();
      const aside = join(this.dir, `progress.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}.json`);
      await rename(this.file, aside);
      return this.restoreBackup(`${this.file} was unreadable (${describeParseError(e)}); moved it to ${aside}`);
    }
  }

  private async restoreBackup(what: string): Promise<StoreData> {
    try {
      const data = migrate(JSON.parse(await readFile(this.backupFile, 'utf8')));
      await copyFile(this.backupFile, this.file);
      this.notices.push(`${what} and restored the last good backup.`);
      return data;
    } catch {
      this.notices.push(`${what}; no usable backup, so progress starts fresh.`);
      return emptyStore(this.now());
    }
  }
}

class NeedsRecovery extends Error {}

function describeParseError(e: unknown): string {
  if (e instanceof ZodError) return 'it does not match the progress schema';
  return errorMessage(e).split('\n')[0]!.slice(0, 120);
}
