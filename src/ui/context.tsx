// What every screen can reach: content, progress, navigation, and the key registry.
import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import type { Catalog } from '../content/catalog.js';
import type { StoreData } from '../store/schema.js';
import type { Key } from 'ink';
import type { Binding } from './keys.js';
import type { Route } from './routes.js';

export interface Nav {
  push(route: Route): void;
  pop(): void;
  replace(route: Route): void;
  depth: number;
}

export interface AppServices {
  catalog: Catalog;
  data: StoreData;
  /** Applies a change to the progress file (under its lock) and refreshes `data`. */
  update(change: (data: StoreData) => StoreData | void): Promise<void>;
  now(): Date;
  dataDir: string;
  /** The kube context drills would use, or undefined for "no cluster". */
  clusterContext: string | undefined;
  nav: Nav;
  /** Shows a one-line message in the status line. */
  notify(message: string): void;
  /** A text field claims the keyboard (null releases it); global and screen keys are off meanwhile. */
  capture(handler: InputHandler | null): void;
  registerKeys(bindings: Binding[]): void;
  /** The --context flag given on the command line, if any. */
  contextFlag?: string;
  /** Runs a program (the learner's shell) with the real terminal; undefined where there is none. */
  suspend?: (program: () => void) => void;
  rows: number;
  columns: number;
}

export type InputHandler = (input: string, key: Key) => void;

export const AppContext = createContext<AppServices | null>(null);

/** Screens under the top of the stack stay mounted (keeping their state) but must not claim the keys. */
export const ScreenActiveContext = createContext(true);

export function useScreenActive(): boolean {
  return useContext(ScreenActiveContext);
}

export function useApp(): AppServices {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside <App>');
  return ctx;
}

/** Declares the keys of the current screen; call it on every render with the bindings that work now. */
export function useKeys(bindings: Binding[]): void {
  const { registerKeys } = useApp();
  const active = useContext(ScreenActiveContext);
  const latest = useRef(bindings);
  latest.current = bindings;
  useLayoutEffect(() => {
    if (active) registerKeys(latest.current);
  });
}

/**
 * Gives the keyboard to `handler` while it is non-null. Registered in a layout effect, so the very
 * next keypress after the render that opened a text field already reaches it.
 */
export function useCapture(handler: InputHandler | null): void {
  const { capture } = useApp();
  const latest = useRef(handler);
  latest.current = handler;
  const active = handler !== null;
  useLayoutEffect(() => {
    if (!active) return undefined;
    capture((input, key) => latest.current?.(input, key));
    return () => capture(null);
  }, [active, capture]);
}
