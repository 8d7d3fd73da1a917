// Renders the real App (real catalog, real progress store in a temp dir) with ink-testing-library and
// drives it with key presses, for screen tests that need no terminal.
import { render } from 'ink-testing-library';
import type { Catalog } from '../../src/content/catalog.js';
import { loadCatalog } from '../../src/content/load.js';
import { Store } from '../../src/store/store.js';
import { App } from '../../src/ui/App.js';
import type { Route } from '../../src/ui/routes.js';
import { FIXTURE_CONTENT, tempDir } from './paths.js';

const KEYS: Record<string, string> = {
  enter: '\r',
  esc: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  left: '\u001b[D',
  right: '\u001b[C',
  pageup: '\u001b[5~',
  pagedown: '\u001b[6~',
  backspace: '\u007f',
  tab: '\t',
  space: ' ',
};

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

export interface RenderAppOptions {
  catalog?: Catalog;
  contentRoot?: string;
  dataDir?: string;
  route?: Route;
  now?: () => Date;
  clusterContext?: string;
}

export async function renderApp(options: RenderAppOptions = {}) {
  const catalog = options.catalog ?? loadCatalog(options.contentRoot ?? FIXTURE_CONTENT);
  const store = await Store.open(options.dataDir ?? tempDir());
  const instance = render(
    <App
      catalog={catalog}
      initialData={store.data}
      update={(change) => store.update(change)}
      dataDir={store.dir}
      initialRoute={options.route}
      now={options.now}
      clusterContext={() => options.clusterContext}
    />,
  );
  const frame = () => stripAnsi(instance.lastFrame() ?? '');
  const settle = () => new Promise((r) => setTimeout(r, 25));
  await settle();
  return {
    ...instance,
    store,
    catalog,
    frame,
    /** Key names (enter, esc, up, space ...) or literal characters, one key at a time. */
    async press(...keys: string[]) {
      for (const key of keys) {
        instance.stdin.write(KEYS[key] ?? key);
        await settle();
      }
    },
    // Generous: CI machines may be busy (integration tests run labs beside these tests).
    async waitFor(expected: string | RegExp, timeoutMs = 10_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      while (Date.now() < deadline) {
        last = frame();
        if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
        await settle();
      }
      throw new Error(`timed out waiting for ${String(expected)}; the frame was:\n${last}`);
    },
  };
}
