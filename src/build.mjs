// Bundles the CLI into dist/ so cold start does not pay for module resolution across node_modules.
// Heavy, rarely needed modules stay behind dynamic import() and land in their own chunks.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.tsx' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // client-node pulls in many CommonJS modules that do not survive bundling; it is loaded lazily from node_modules.
  external: ['@kubernetes/client-node', 'react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"', __BUILD_ID__: JSON.stringify(String(Date.now())) },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cksRequire } from 'node:module'; const require = __cksRequire(import.meta.url);",
  },
});
