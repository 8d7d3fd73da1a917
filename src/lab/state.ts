// Where a lab lives inside the data dir, and whether its supervisor is alive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LAB_CONTEXT = 'cks-lab';

export function labDir(dataDir: string): string {
  return join(dataDir, 'lab');
}

export function supervisorPidFile(lab: string): string {
  return join(lab, 'run', 'supervisor.pid');
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function supervisorPid(lab: string): number | undefined {
  try {
    const pid = Number(readFileSync(supervisorPidFile(lab), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && pidAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function labIsRunning(dataDir: string): boolean {
  return supervisorPid(labDir(dataDir)) !== undefined;
}
