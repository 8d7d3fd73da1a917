// Measurement helpers for the benches: medians, temp dirs, and timing a command in a real pty.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cks-bench-'));
}

/**
 * Runs a command under `script` (a real pty, so the TUI starts as in a terminal) and resolves with the
 * milliseconds until `marker` appears in its output, or until it exits when no marker is given.
 */
export function timeInPty(command: string, marker?: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // script's pty has no size when its stdin is not a terminal; stty gives it one (baseline included).
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; ${command}`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      child.kill('SIGKILL');
      if (err) reject(err);
      else resolve(ms);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (marker && out.includes(marker)) finish();
    });
    child.on('exit', () => (marker ? finish(new Error(`exited before showing ${marker}; output:\n${out.slice(-500)}`)) : finish()));
    setTimeout(() => finish(new Error(`timed out; output:\n${out.slice(-500)}`)), 20_000);
  });
}
