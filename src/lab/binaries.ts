// Building the lab's binaries from the Go module proxy: etcd + etcdctl (go.etcd.io/etcd v3.6) and
// kube-apiserver, kube-controller-manager and kubectl (k8s.io/kubernetes v1.35) from the wrapper
// modules in src/lab/go. They are built once per version of those modules into the user cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { UserError } from '../errors.js';
import { cacheDir, packageRoot } from '../paths.js';
import { which } from '../tools.js';

export const KUBERNETES_VERSION = 'v1.35.4';
export const ETCD_VERSION = 'v3.6.16';
export const BINARIES = ['etcd', 'etcdctl', 'kube-apiserver', 'kube-controller-manager', 'kubectl'] as const;
export type Binary = (typeof BINARIES)[number];

const MODULES = [
  { name: 'etcd', dir: 'etcd', ldflags: '-s -w' },
  {
    name: 'kubernetes',
    dir: 'kube',
    // What the Kubernetes release build stamps, so `--version` and kubectl's skew check read v1.35.4.
    ldflags: [
      '-s -w',
      ...['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version'].flatMap((pkg) => [
        `-X ${pkg}.gitVersion=${KUBERNETES_VERSION}`,
        `-X ${pkg}.gitMajor=1`,
        `-X ${pkg}.gitMinor=35`,
        `-X ${pkg}.gitTreeState=clean`,
      ]),
    ].join(' '),
  },
] as const;

export function goSourceDir(): string {
  return join(packageRoot(), 'src', 'lab', 'go');
}

/** A short hash of the wrapper modules: any change to them (a version bump) means a new build. */
export function buildKey(source = goSourceDir()): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${relative(source, p)}\0`).update(readFileSync(p));
    }
  };
  walk(source);
  return hash.digest('hex').slice(0, 12);
}

export function binDir(): string {
  return join(cacheDir(), 'lab-bin', `${KUBERNETES_VERSION}-${buildKey()}`);
}

export function binaryPath(name: Binary): string {
  return join(binDir(), name);
}

export function binariesReady(dir = binDir()): boolean {
  return existsSync(join(dir, '.complete')) && BINARIES.every((b) => existsSync(join(dir, b)));
}

export interface BuildProgress {
  module: string;
  phase: 'download' | 'compile' | 'done';
  done: number;
  total: number;
}

/** Builds whatever is missing; calls `progress` as packages compile. Returns the bin dir. */
export async function buildLab(progress: (p: BuildProgress) => void, options: { force?: boolean } = {}): Promise<string> {
  const dir = binDir();
  if (binariesReady(dir) && !options.force) return dir;
  const go = which('go');
  if (!go) {
    throw new UserError(
      'the lab is built from source and needs Go 1.25 or newer (https://go.dev/dl, or your package manager: apt install golang-go); ' +
        'without Go, use a kind or minikube cluster with --context for drills that need only the API',
    );
  }
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The wrapper modules pin newer Go than some machines have; let Go fetch the toolchain it needs.
  const env = { GOFLAGS: '-mod=mod', GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? 'auto', CGO_ENABLED: '0' };
  try {
    for (const module of MODULES) {
      const cwd = join(goSourceDir(), module.dir);
      progress({ module: module.name, phase: 'download', done: 0, total: 0 });
      const deps = await execa(go, ['list', '-deps', './cmd/...'], { cwd, env, reject: false });
      if (deps.exitCode !== 0) throw new UserError(`go list failed for the ${module.name} module in ${cwd}: ${lastLines(deps.stderr)}`);
      const total = deps.stdout.split('\n').filter(Boolean).length;
      let done = 0;
      const child = execa(go, ['build', '-v', '-trimpath', '-ldflags', module.ldflags, '-o', `${staging}/`, './cmd/...'], { cwd, env, reject: false, all: true, buffer: { all: true } });
      child.stderr?.on('data', (chunk: Buffer) => {
        done += chunk.toString().split('\n').filter((l) => l && !l.startsWith('go: ')).length;
        progress({ module: module.name, phase: 'compile', done: Math.min(done, total), total });
      });
      const result = await child;
      if (result.exitCode !== 0) throw new UserError(`go build failed for the ${module.name} module: ${lastLines(String(result.all ?? ''))}`);
      progress({ module: module.name, phase: 'done', done: total, total });
    }
    writeFileSync(join(staging, '.complete'), `${KUBERNETES_VERSION} etcd ${ETCD_VERSION}\n`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, '..'), { recursive: true });
    renameSync(staging, dir);
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function lastLines(text: string, n = 5): string {
  return text.trim().split('\n').slice(-n).join(' | ');
}
