// Every Kubernetes object a lesson shows (yaml blocks, and heredocs piped to kubectl) is accepted by a
// real v1.35 apiserver: a server-side dry-run runs validation and admission without storing anything.
// Objects that later ones depend on (namespaces, service accounts, runtime classes ...) are created for
// real, in lesson order, and each lesson works in namespaces of its own so one lesson's Pod Security
// labels never judge another lesson's Pods. Everything created is deleted afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogWithProblems } from '../../src/content/load.js';
import { kubectl, waitFor } from '../helpers/lab.js';
import { codeBlocks, CONFIG_KINDS, CRD_GROUPS, describeObject, notServed, objectsOf, type LessonObject } from '../helpers/lessonObjects.js';
import { REPO } from '../helpers/paths.js';

/** Kinds that other objects refer to by name (a Pod's serviceAccountName, runtimeClassName ...). */
const CREATE_FOR_REAL = new Set(['Namespace', 'ServiceAccount', 'Secret', 'ConfigMap', 'RuntimeClass', 'IngressClass', 'PriorityClass']);

const { catalog } = loadCatalogWithProblems(REPO);
const lessons = catalog.lessons.map((lesson, i) => {
  const objects = codeBlocks(lesson, readFileSync(join(REPO, lesson.file), 'utf8'))
    .filter((b) => b.lang === 'yaml')
    .flatMap(objectsOf);
  return { lesson, prefix: `l${String(i + 1).padStart(2, '0')}-`, objects };
});
const all = lessons.flatMap((l) => l.objects);

/** group/Kind -> namespaced, for every kind the lab's apiserver serves. */
const served = new Map<string, boolean>();
const key = (o: Pick<LessonObject, 'apiVersion' | 'kind'>) => `${o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : ''}/${o.kind}`;
const created: Array<Record<string, unknown>> = [];
const namespaces = new Set<string>();

beforeAll(async () => {
  const { stdout } = await kubectl(['api-resources', '--no-headers', '-o', 'wide']);
  // NAME [SHORTNAMES] APIVERSION NAMESPACED KIND VERBS ...
  for (const line of stdout.split('\n').filter(Boolean)) {
    const cols = line.trim().split(/\s+/);
    const at = cols.findIndex((c) => c === 'true' || c === 'false');
    const apiVersion = cols[at - 1]!;
    served.set(key({ apiVersion, kind: cols[at + 1]! }), cols[at] === 'true');
  }
});

afterAll(async () => {
  const items = [...created, ...[...namespaces].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }))];
  if (items.length) await kubectl(['delete', '--ignore-not-found', '--wait=false', '-f', '-'], { input: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }), reject: false });
});

/** The object moved into the lesson's own namespaces: `shop` becomes `l07-shop`. */
function scoped(o: LessonObject, prefix: string): Record<string, unknown> {
  const copy = structuredClone(o.object) as { metadata?: { name?: string; namespace?: string } };
  const namespaced = served.get(key(o));
  if (o.kind === 'Namespace' && copy.metadata?.name) copy.metadata.name = prefix + copy.metadata.name;
  else if (namespaced && copy.metadata?.namespace) copy.metadata.namespace = prefix + copy.metadata.namespace;
  return copy as Record<string, unknown>;
}

/** A namespace exists once its default ServiceAccount does: Pods are admitted only then. */
async function ensureNamespace(name: string): Promise<void> {
  if (namespaces.has(name) || name === 'default') return;
  namespaces.add(name);
  await kubectl(['create', 'namespace', name], { reject: false });
  await waitFor(`service account default in ${name}`, async () => (await kubectl(['get', 'serviceaccount', 'default', '-n', name], { reject: false })).exitCode === 0 || undefined, 120_000);
}

describe('the Kubernetes objects in the lessons', () => {
  it('are found: yaml blocks and quoted heredocs, most of them kinds the apiserver serves', () => {
    expect(all.length).toBeGreaterThan(60);
    expect(all.some((o) => o.block.heredoc)).toBe(true);
    expect(all.filter((o) => !notServed(o)).length).toBeGreaterThan(50);
  });

  it('skips only kinds the apiserver really does not serve, each with a reason', () => {
    const skipped = all.filter((o) => notServed(o));
    expect(skipped.filter((o) => served.has(key(o))).map(describeObject)).toEqual([]);
    // Every kind the lab does not serve is on the list: anything else must pass the dry-run below.
    const unknown = all.filter((o) => !served.has(key(o)) && !notServed(o));
    expect(unknown.map((o) => `${describeObject(o)}: ${o.apiVersion} ${o.kind} is not served and not on the skip list`)).toEqual([]);
    // The reasons, for the log.
    console.error(
      `lessons-dryrun: skipped ${skipped.length} objects: ${[...new Set(skipped.map((o) => `${o.kind} (${notServed(o)})`))].join('; ')}` +
        ` [config kinds: ${Object.keys(CONFIG_KINDS).join(', ')}; CRD groups: ${Object.keys(CRD_GROUPS).join(', ')}]`,
    );
  });

  for (const { lesson, prefix, objects } of lessons) {
    const mine = objects.filter((o) => !notServed(o));
    if (!mine.length) continue;
    it(`${lesson.file}: ${mine.length} object${mine.length > 1 ? 's' : ''} pass a server-side dry-run`, async () => {
      const rejected: string[] = [];
      for (const o of mine) {
        const object = scoped(o, prefix);
        const ns = (object.metadata as { namespace?: string } | undefined)?.namespace;
        if (ns) await ensureNamespace(ns);
        const input = JSON.stringify(object);
        const dry = await kubectl(['apply', '--dry-run=server', '-f', '-'], { input, reject: false });
        if (dry.exitCode !== 0) {
          rejected.push(`${describeObject(o)}: ${dry.stderr.trim().split('\n').pop()}`);
          continue;
        }
        if (!CREATE_FOR_REAL.has(o.kind)) continue;
        await kubectl(['apply', '-f', '-'], { input });
        if (o.kind === 'Namespace') await ensureNamespace((object.metadata as { name: string }).name);
        else created.push(object);
      }
      expect(rejected).toEqual([]);
    });
  }
});
