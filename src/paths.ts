// Where things live: the content shipped with the package, and the learner's data directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';

/** The installed package: the folder with package.json above dist/ (or src/ when run from source). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The folder holding lessons/, drills/ and study-plan/: the package, unless CKS_TUTOR_CONTENT points elsewhere. */
export function contentRoot(): string {
  return process.env.CKS_TUTOR_CONTENT ? resolve(process.env.CKS_TUTOR_CONTENT) : packageRoot();
}

/** --data-dir wins over CKS_TUTOR_HOME, which wins over the platform's user data folder. */
export function dataDir(flag?: string): string {
  if (flag) return resolve(flag);
  if (process.env.CKS_TUTOR_HOME) return resolve(process.env.CKS_TUTOR_HOME);
  return envPaths('cks-tutor', { suffix: '' }).data;
}

/** Built lab binaries are large and shared by every data dir, so they live in the user cache folder. */
export function cacheDir(): string {
  if (process.env.CKS_TUTOR_CACHE) return resolve(process.env.CKS_TUTOR_CACHE);
  return envPaths('cks-tutor', { suffix: '' }).cache;
}
