// What every command that touches content and progress opens first.
import type { Catalog } from './content/catalog.js';
import { loadCatalogCached } from './content/cache.js';
import { cacheDir, contentRoot, dataDir } from './paths.js';
import { Store } from './store/store.js';

export interface Session {
  catalog: Catalog;
  store: Store;
}

export async function openSession(options: { dataDir?: string }): Promise<Session> {
  const catalog = loadCatalogCached(contentRoot(), cacheDir());
  const store = await Store.open(dataDir(options.dataDir));
  for (const notice of store.notices) console.error(`cks-tutor: ${notice}`);
  return { catalog, store };
}
