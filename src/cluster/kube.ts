// The one way the app talks to a cluster: client-node (imported lazily; it costs ~0.6 s to load) behind
// a small interface that drills and checks use. Errors come back as KubeError with the HTTP status, and
// a cluster that cannot be reached as an UnreachableError, so callers can say "retrying" instead of crashing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname } from 'node:path';
import type { KubeConfig, KubernetesObject, KubernetesObjectApi } from '@kubernetes/client-node';
import type { ClusterTarget } from './target.js';

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export type KubeObject = KubernetesObject & Record<string, unknown>;

export class KubeError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'KubeError';
  }
}

export class UnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableError';
  }
}

export interface AccessReview {
  user: string;
  groups: string[];
  verb: string;
  resource: string;
  group: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

export interface ApiResource {
  apiVersion: string;
  kind: string;
  name: string;
  namespaced: boolean;
  verbs: string[];
}

export interface Kube {
  readonly context: string;
  /** The object, or undefined when it does not exist. */
  get(ref: ObjectRef): Promise<KubeObject | undefined>;
  list(apiVersion: string, kind: string, options?: { namespace?: string; labelSelector?: string }): Promise<KubeObject[]>;
  /** Server-side apply as field manager cks-tutor (create or update). */
  apply(object: KubeObject): Promise<KubeObject>;
  /** Deletes; resolves false when it was already gone. */
  delete(ref: ObjectRef): Promise<boolean>;
  /** A server-side dry-run create: what admission says about the object. */
  dryRunCreate(object: KubeObject): Promise<{ allowed: boolean; message: string }>;
  canI(review: AccessReview): Promise<{ allowed: boolean; reason: string }>;
  /** Every resource the server serves, preferred versions (discovered once per connection). */
  resources(): Promise<ApiResource[]>;
  /** Raw GET of an API path, parsed as JSON. */
  raw(path: string): Promise<unknown>;
}

const FIELD_MANAGER = 'cks-tutor';

function describe(e: unknown): never {
  const err = e as { code?: number | string; body?: unknown; message?: string; cause?: { code?: string } };
  const status = typeof err.code === 'number' ? err.code : undefined;
  if (status !== undefined) {
    let message = err.message ?? `HTTP ${status}`;
    const body = typeof err.body === 'string' ? safeJson(err.body) : err.body;
    if (body && typeof body === 'object' && 'message' in body) message = String((body as { message: unknown }).message);
    throw new KubeError(message, status);
  }
  const code = err.cause?.code ?? (typeof err.code === 'string' ? err.code : undefined);
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'UND_ERR_SOCKET'].includes(code)) {
    throw new UnreachableError(`cluster unreachable (${code})`);
  }
  if (/ECONNREFUSED|socket hang up|ECONNRESET|ETIMEDOUT|fetch failed/.test(err.message ?? '')) throw new UnreachableError(`cluster unreachable (${err.message})`);
  throw e;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The target's kubeconfig files merged as kubectl merges KUBECONFIG, on the target's context. */
async function loadKubeConfig(target: ClusterTarget): Promise<KubeConfig> {
  const k8s = await import('@kubernetes/client-node');
  const kc = new k8s.KubeConfig();
  for (const file of target.kubeconfig.split(':').filter(Boolean)) {
    const part = new k8s.KubeConfig();
    try {
      part.loadFromFile(file);
    } catch {
      continue;
    }
    kc.mergeConfig(part);
  }
  kc.setCurrentContext(target.context);
  return kc;
}

/** A single-context kubeconfig for the learner's shell and drill scripts, with the drill's namespace. */
export async function writeScopedKubeconfig(target: ClusterTarget, namespace: string | undefined, file: string): Promise<void> {
  const kc = await loadKubeConfig(target);
  const exported = JSON.parse(kc.exportConfig()) as { contexts: Array<{ name: string; context: { namespace?: string } }> };
  if (namespace) for (const c of exported.contexts) if (c.name === target.context) c.context.namespace = namespace;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(exported, null, 2), { mode: 0o600 });
}

export async function connect(target: ClusterTarget): Promise<Kube> {
  const k8s = await import('@kubernetes/client-node');
  const kc = await loadKubeConfig(target);
  const objects: KubernetesObjectApi = k8s.KubernetesObjectApi.makeApiClient(kc);
  const authz = kc.makeApiClient(k8s.AuthorizationV1Api);

  const raw = async (path: string): Promise<unknown> => {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new UnreachableError('no cluster in the kubeconfig context');
    const url = new URL(path, cluster.server);
    const options: import('node:https').RequestOptions = { method: 'GET', hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { accept: 'application/json' }, timeout: 10_000 };
    await kc.applyToHTTPSOptions(options);
    return new Promise((resolve, reject) => {
      const req = request(options, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) reject(new KubeError(`GET ${path}: HTTP ${res.statusCode}`, res.statusCode ?? 500));
          else resolve(safeJson(body));
        });
      });
      req.on('timeout', () => req.destroy(new Error('ETIMEDOUT')));
      req.on('error', (e) => reject(new UnreachableError(`cluster unreachable (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
      req.end();
    });
  };

  // Discovery, once per connection: which resources exist, their plural names and scope.
  let discovery: Promise<ApiResource[]> | undefined;
  const discover = (): Promise<ApiResource[]> => {
    discovery ??= (async () => {
      type Doc = { resources: Array<{ name: string; kind: string; namespaced: boolean; verbs: string[] }> };
      const groups = (await raw('/apis')) as { groups: Array<{ preferredVersion: { groupVersion: string } }> };
      const docs = await Promise.all([
        raw('/api/v1').then((d) => ({ groupVersion: 'v1', doc: d as Doc })),
        ...groups.groups.map(async (g) => ({ groupVersion: g.preferredVersion.groupVersion, doc: (await raw(`/apis/${g.preferredVersion.groupVersion}`)) as Doc })),
      ]);
      return docs.flatMap(({ groupVersion, doc }) =>
        doc.resources.filter((r) => !r.name.includes('/')).map((r) => ({ apiVersion: groupVersion, kind: r.kind, name: r.name, namespaced: r.namespaced, verbs: r.verbs })),
      );
    })();
    discovery.catch(() => (discovery = undefined));
    return discovery;
  };
  const pathFor = async (apiVersion: string, kind: string, namespace?: string, name?: string): Promise<string> => {
    let resource = (await discover()).find((r) => r.apiVersion === apiVersion && r.kind === kind);
    if (!resource) {
      // A group version that is served but not preferred: ask for it directly.
      const doc = (await raw(apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`).catch(() => undefined)) as { resources?: Array<{ name: string; kind: string; namespaced: boolean }> } | undefined;
      const r = doc?.resources?.find((x) => x.kind === kind && !x.name.includes('/'));
      if (!r) throw new KubeError(`the server does not serve ${kind} in ${apiVersion}`, 404);
      resource = { apiVersion, kind, name: r.name, namespaced: r.namespaced, verbs: [] };
    }
    const base = apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`;
    const ns = resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${base}${ns}/${resource.name}${name ? `/${encodeURIComponent(name)}` : ''}`;
  };

  const header = (ref: ObjectRef) => ({ apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}) } });

  return {
    context: target.context,
    async get(ref) {
      try {
        return (await raw(await pathFor(ref.apiVersion, ref.kind, ref.namespace, ref.name))) as KubeObject;
      } catch (e) {
        if (e instanceof KubeError && e.status === 404) return undefined;
        throw e;
      }
    },
    async list(apiVersion, kind, options = {}) {
      const query = options.labelSelector ? `?labelSelector=${encodeURIComponent(options.labelSelector)}` : '';
      const result = (await raw(`${await pathFor(apiVersion, kind, options.namespace)}${query}`)) as { items: KubeObject[] };
      // Items of a list carry no apiVersion/kind on the wire; put them back so predicates can rely on them.
      return result.items.map((o) => ({ apiVersion, kind, ...o }));
    },
    async apply(object) {
      try {
        return (await objects.patch(object, undefined, undefined, FIELD_MANAGER, true, k8s.PatchStrategy.ServerSideApply)) as KubeObject;
      } catch (e) {
        return describe(e);
      }
    },
    async delete(ref) {
      try {
        await objects.delete(header(ref), undefined, undefined, undefined, undefined, 'Background');
        return true;
      } catch (e) {
        if ((e as { code?: number }).code === 404) return false;
        return describe(e);
      }
    },
    async dryRunCreate(object) {
      try {
        await objects.create(object, undefined, 'All');
        return { allowed: true, message: '' };
      } catch (e) {
        try {
          describe(e);
        } catch (err) {
          if (err instanceof KubeError && err.status !== 404) return { allowed: false, message: err.message };
          throw err;
        }
        throw e;
      }
    },
    async canI(review) {
      try {
        const result = await authz.createSubjectAccessReview({
          body: {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SubjectAccessReview',
            spec: {
              user: review.user,
              groups: review.groups,
              resourceAttributes: {
                verb: review.verb,
                resource: review.resource,
                group: review.group,
                subresource: review.subresource,
                namespace: review.namespace,
                name: review.name,
              },
            },
          },
        });
        return { allowed: result.status?.allowed === true, reason: result.status?.reason ?? result.status?.evaluationError ?? '' };
      } catch (e) {
        return describe(e);
      }
    },
    resources: discover,
    raw,
  };
}
