// A validated catalog cached as JSON, so start-up parses one JSON file instead of hundreds of YAML
// and Markdown files (~3x faster cold). The key covers every content file's path, size and mtime
// plus the build, so any edit or upgrade revalidates. Only the built bundle caches: tests and
// `validate` always load and check everything.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexCatalog, type Catalog } from './catalog.js';
import { loadCatalog } from './load.js';

declare const __BUILD_ID__: string | undefined;
const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : undefined;

type CatalogParts = Parameters<typeof indexCatalog>[0];

function fingerprint(root: string): string {
  const hash = createHash('sha256').update(`${BUILD_ID}\0${root}\0`);
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        hash.update(`${p}\0${st.size}\0${st.mtimeMs}\0`);
      }
    }
  };
  for (const top of ['lessons', 'drills', 'study-plan']) walk(join(root, top));
  return hash.digest('hex').slice(0, 24);
}

export function loadCatalogCached(root: string, cacheDir: string): Catalog {
  if (!BUILD_ID || process.env.CKS_TUTOR_NO_CACHE) return loadCatalog(root);
  const file = join(cacheDir, `catalog-${fingerprint(root)}.json`);
  try {
    const parts = JSON.parse(readFileSync(file, 'utf8')) as CatalogParts;
    for (const m of parts.modules) m.lessons = parts.lessons.filter((l) => l.module === m.id);
    return indexCatalog(parts);
  } catch {
    // no cache yet (or unreadable): load, validate, then cache
  }
  const catalog = loadCatalog(root);
  const parts: CatalogParts = {
    root: catalog.root,
    // Lessons are stored once; modules get them back on load.
    modules: catalog.modules.map((m) => ({ ...m, lessons: [] })),
    lessons: catalog.lessons,
    cards: catalog.cards,
    questions: catalog.questions,
    drills: catalog.drills,
    plan: catalog.plan,
  };
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir).filter((f) => f.startsWith('catalog-'))) rmSync(join(cacheDir, old), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(parts));
    renameSync(tmp, file);
  } catch {
    // a read-only cache folder only costs speed
  }
  return catalog;
}
