// Where things live: the content shipped with the package, and the learner's data directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';

/** The package root: the folder holding lessons/, drills/ and study-plan/ (dist/.. or src/..). */
export function contentRoot(): string {
  if (process.env.CKS_TUTOR_CONTENT) return resolve(process.env.CKS_TUTOR_CONTENT);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
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
