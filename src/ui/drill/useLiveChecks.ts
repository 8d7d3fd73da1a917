// Re-runs a drill's checks every couple of seconds (and right after a file in the workspace changes)
// while `active`, never two passes at once. Used by the drill runner and the mock exam.
import { watch } from 'node:fs';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Drill } from '../../content/catalog.js';
import { runChecks, type CheckResult } from '../../drills/checks/index.js';
import { checkContext, type DrillEnv } from '../../drills/runtime.js';

export interface LiveChecks {
  results: CheckResult[];
  /** A pass is running now. */
  checking: boolean;
  /** The last pass could not reach the cluster. */
  unreachable: boolean;
  lastRun: number | undefined;
  recheck(): void;
}

export function useLiveChecks(drill: Drill, env: DrillEnv | undefined, active: boolean, intervalMs = 2000): LiveChecks {
  const [results, setResults] = useState<CheckResult[]>([]);
  const [checking, setChecking] = useState(false);
  const [lastRun, setLastRun] = useState<number | undefined>(undefined);
  const running = useRef(false);
  const mounted = useRef(true);

  const recheck = useCallback(() => {
    if (!env || running.current) return;
    running.current = true;
    setChecking(true);
    void runChecks(drill.checks, checkContext(drill, env)).then((r) => {
      running.current = false;
      if (!mounted.current) return;
      setResults(r);
      setChecking(false);
      setLastRun(Date.now());
    });
  }, [drill, env]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!active || !env) return undefined;
    recheck();
    const timer = setInterval(recheck, intervalMs);
    let debounce: NodeJS.Timeout | undefined;
    let watcher: ReturnType<typeof watch> | undefined;
    try {
      watcher = watch(env.paths.workspace, { recursive: true }, () => {
        clearTimeout(debounce);
        debounce = setTimeout(recheck, 250);
      });
    } catch {
      watcher = undefined;
    }
    return () => {
      clearInterval(timer);
      clearTimeout(debounce);
      watcher?.close();
    };
  }, [active, env, recheck, intervalMs]);

  return { results, checking, unreachable: results.some((r) => r.unreachable), lastRun, recheck };
}
