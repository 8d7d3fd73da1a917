// Screens under the top of the stack stay mounted and re-render on every progress change (each graded
// card); figures that take a pass over all content are recomputed only while their screen is on top.
import { useRef } from 'react';
import { useScreenActive } from './context.js';

export function useActiveMemo<T>(compute: () => T, deps: readonly unknown[]): T {
  const active = useScreenActive();
  const memo = useRef<{ deps: readonly unknown[]; value: T } | null>(null);
  const stale = !memo.current || memo.current.deps.length !== deps.length || memo.current.deps.some((d, i) => !Object.is(d, deps[i]));
  if (!memo.current || (active && stale)) memo.current = { deps, value: compute() };
  return memo.current.value;
}
