// `cks-tutor drill list|setup|check|solve|cleanup`: drills without the TUI, for scripts and authors.
import { createInterface } from 'node:readline/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardTarget, resolveTarget, type ClusterTarget } from '../cluster/target.js';
import type { Catalog, Drill } from '../content/catalog.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { runChecks } from './checks/index.js';
import { checkContext, cleanup, preflight, setup, solve, type DrillEnv } from './runtime.js';

export interface DrillCliOptions {
  dataDir: string;
  context?: string;
  allowContext?: boolean;
}

export function findDrill(catalog: Catalog, id: string): Drill {
  const drill = catalog.drillById.get(id);
  if (!drill) throw new UserError(`no drill ${id}: see cks-tutor drill list`, 2);
  return drill;
}

/** Resolves and guards the cluster; asks on a terminal, and records a yes in the progress file. */
export function targetResolver(options: DrillCliOptions, store: () => Promise<Store>): () => Promise<ClusterTarget> {
  return async () => {
    const target = resolveTarget(options.dataDir, options.context);
    const s = await store();
    await guardTarget(target, {
      trusted: s.data.settings.trustedContexts,
      ask: async (question) => {
        if (options.allowContext) return true;
        if (!process.stdin.isTTY || !process.stdout.isTTY) return false;
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        try {
          return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
        } finally {
          rl.close();
        }
      },
      remember: async (context) => {
        await s.update((d) => {
          if (!d.settings.trustedContexts.includes(context)) d.settings.trustedContexts.push(context);
        });
      },
    });
    return target;
  };
}

async function ready(drill: Drill, options: DrillCliOptions, store: () => Promise<Store>): Promise<DrillEnv> {
  const result = await preflight(drill, options.dataDir, targetResolver(options, store));
  if (!result.ok) throw new UserError(`drill ${drill.id} cannot run here: ${result.reasons.join('; ')}`, 2);
  return result.env;
}

export function listCommand(catalog: Catalog, json: boolean): void {
  const rows = catalog.drills.map((d) => ({ id: d.id, title: d.title, domain: d.domain, requires: d.requires, minutes: d.minutes }));
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  for (const r of rows) console.log(`${r.id.padEnd(36)} ${r.domain.padEnd(29)} ${String(r.minutes).padStart(2)} min  ${r.requires.join(',').padEnd(6)} ${r.title}`);
}

export async function setupCommand(catalog: Catalog, id: string, options: DrillCliOptions, store: () => Promise<Store>): Promise<void> {
  const drill = findDrill(catalog, id);
  const env = await ready(drill, options, store);
  await setup(drill, env);
  console.log(readFileSync(join(drill.dir, drill.brief), 'utf8').trim());
  console.log('');
  console.log(`workspace: ${env.paths.workspace}`);
  if (env.target) console.log(`export KUBECONFIG=${env.paths.kubeconfig}   # context ${env.target.context}${drill.namespace ? `, namespace ${drill.namespace}` : ''}`);
  if (env.lab) console.log(`export CKS_LAB_NODE_ROOT=${env.lab.nodeRoot}   # the node: /etc/kubernetes/... is $CKS_LAB_NODE_ROOT/etc/kubernetes/...`);
  console.log(`check with: cks-tutor drill check ${drill.id}`);
}

/** Exit code: 0 every check passes, 1 any fails, 2 the checks cannot run (thrown as a UserError). */
export async function checkCommand(catalog: Catalog, id: string, options: DrillCliOptions, store: () => Promise<Store>, json: boolean): Promise<number> {
  const drill = findDrill(catalog, id);
  const env = await ready(drill, options, store);
  const results = await runChecks(drill.checks, checkContext(drill, env));
  const unreachable = results.find((r) => r.unreachable);
  if (unreachable) throw new UserError(`drill ${drill.id}: cluster unreachable while checking`, 2);
  const passed = results.every((r) => r.passed);
  if (json) {
    console.log(JSON.stringify({ id: drill.id, passed, checks: results.map((r) => ({ id: r.id, title: r.title, passed: r.passed, message: r.message })) }, null, 2));
  } else {
    for (const r of results) console.log(`${r.passed ? '[x]' : '[ ]'} ${r.title}${r.passed ? '' : `: ${r.message}`}`);
    console.log(passed ? 'all checks pass' : `${results.filter((r) => !r.passed).length} of ${results.length} checks fail`);
  }
  return passed ? 0 : 1;
}

export async function solveCommand(catalog: Catalog, id: string, options: DrillCliOptions, store: () => Promise<Store>): Promise<void> {
  const drill = findDrill(catalog, id);
  const env = await ready(drill, options, store);
  await solve(drill, env);
  console.log(`applied the reference solution of ${drill.id}; check with: cks-tutor drill check ${drill.id}`);
}

export async function cleanupCommand(catalog: Catalog, id: string, options: DrillCliOptions, store: () => Promise<Store>): Promise<void> {
  const drill = findDrill(catalog, id);
  const env = await ready(drill, options, store);
  await cleanup(drill, env);
  console.log(`cleaned up ${drill.id}`);
}
