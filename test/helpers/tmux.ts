// Drives a program in a real terminal: a private tmux server, keys sent with send-keys and the
// screen read with capture-pane.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { which } from '../../src/tools.js';

// Without tmux the terminal tests cannot run; outside CI that is a skip with a reason, in CI a failure.
export const runnable = !!which('tmux') || !!process.env.CI;

export class Terminal {
  private readonly socket = `cks-e2e-${randomUUID().slice(0, 8)}`;
  private readonly session = 'main';

  constructor(command: string, options: { width?: number; height?: number; env?: Record<string, string> } = {}) {
    const env = Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    // The trailing sleep keeps the pane (and what the program printed last) readable after it exits.
    const wrapped = `${env} ${command}; echo "[exited $?]"; sleep 60`;
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(options.width ?? 100), '-y', String(options.height ?? 30), wrapped);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** Sends tmux key names ('Enter', 'Escape', 'Up') or literal text. */
  send(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', '-t', this.session, key);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  // Generous: the CLI starts in a fresh process while other test projects keep the CPUs busy.
  async waitFor(expected: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${last}`);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
