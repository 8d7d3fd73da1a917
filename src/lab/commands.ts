// The `cks-tutor lab` subcommands: plain output for the terminal and scripts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { buildLab, type BuildProgress } from './binaries.js';
import { COMPONENTS, labDown, labEnv, labReport, labReset, labUp, layoutFor, tail } from './lab.js';

function progressPrinter(): (p: BuildProgress) => void {
  const tty = process.stderr.isTTY;
  let lastLine = '';
  return (p) => {
    const line =
      p.phase === 'download'
        ? `${p.module}: resolving modules through the Go proxy ...`
        : p.phase === 'compile'
          ? `${p.module}: compiling ${p.done}/${p.total} packages (${Math.floor((100 * p.done) / Math.max(1, p.total))}%)`
          : `${p.module}: built`;
    if (line === lastLine) return;
    // On a terminal the compile line updates in place; in logs it prints every 10 %.
    if (tty) process.stderr.write(`\r\u001b[2K${line}${p.phase === 'compile' ? '' : '\n'}`);
    else if (p.phase !== 'compile' || Math.floor((10 * p.done) / Math.max(1, p.total)) !== Math.floor((10 * (p.done - 1)) / Math.max(1, p.total))) process.stderr.write(`${line}\n`);
    lastLine = line;
  };
}

export async function labBuildCommand(force: boolean): Promise<void> {
  const started = Date.now();
  const dir = await buildLab(progressPrinter(), { force });
  console.log(`lab binaries ready in ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export async function labUpCommand(dataDir: string): Promise<void> {
  const result = await labUp(dataDir, { progress: progressPrinter(), log: (l) => console.error(l) });
  if (result.alreadyUp) console.log('the lab is already up');
  else console.log(`the lab is up (${result.seconds.toFixed(1)} s): context cks-lab`);
  console.log(`use it from your shell with: eval "$(cks-tutor lab env)"`);
}

export async function labDownCommand(dataDir: string): Promise<void> {
  console.log((await labDown(dataDir)) ? 'the lab is down' : 'the lab was not running');
}

export async function labResetCommand(dataDir: string): Promise<void> {
  await labReset(dataDir, { progress: progressPrinter() });
  console.log('the lab is reset: etcd wiped, default kube-apiserver manifest restored');
}

export function labStatusCommand(dataDir: string, json: boolean): number {
  const report = labReport(dataDir);
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return report.running ? 0 : 3;
  }
  if (!report.exists) {
    console.log(`no lab yet (${report.dir}); binaries ${report.built ? 'built' : 'not built'}: start one with cks-tutor lab up`);
    return 3;
  }
  console.log(`lab ${report.dir}: ${report.running ? 'running' : 'stopped'} (Kubernetes ${report.version}, etcd ${report.etcdVersion})`);
  console.log(`kubeconfig ${report.kubeconfig} (context cks-lab)`);
  for (const c of report.components) {
    console.log(`  ${c.name.padEnd(24)} ${c.state.padEnd(8)} port ${String(c.port).padEnd(6)} ${c.pid ? `pid ${c.pid}` : ''}${c.restarts ? ` restarts ${c.restarts}` : ''}`);
    if (c.message && c.state !== 'ready') console.log(`    ${c.message}`);
  }
  if (report.apiserverLogTail?.length) {
    console.log('  last lines of the kube-apiserver log:');
    const width = Math.max(60, (process.stdout.columns || 120) - 6);
    for (const line of report.apiserverLogTail) console.log(`    ${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
  }
  return report.running && report.components.every((c) => c.state === 'ready') ? 0 : 3;
}

export function labEnvCommand(dataDir: string): void {
  console.log(labEnv(dataDir));
}

export async function labLogsCommand(dataDir: string, component: string | undefined, lines: number, follow: boolean): Promise<void> {
  const names = component ? [component] : COMPONENTS;
  for (const name of names) {
    if (!COMPONENTS.includes(name as (typeof COMPONENTS)[number])) throw new UserError(`no component ${name}: choose one of ${COMPONENTS.join(', ')}`);
  }
  const files = names.map((n) => join(layoutFor(dataDir).logs, `${n}.log`));
  if (follow) {
    const existing = files.filter((f) => existsSync(f));
    if (!existing.length) throw new UserError('no lab logs yet: start the lab with cks-tutor lab up');
    await new Promise<void>((resolve) => spawn('tail', ['-n', String(lines), '-F', ...existing], { stdio: 'inherit' }).on('exit', () => resolve()));
    return;
  }
  for (const [i, file] of files.entries()) {
    if (names.length > 1) console.log(`==> ${names[i]} <==`);
    console.log(tail(file, lines).join('\n') || '(no log yet)');
  }
}
