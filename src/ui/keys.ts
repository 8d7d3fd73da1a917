// Key names and bindings. A screen declares what its keys do; the App dispatches and the key bar shows
// exactly the bindings that are live, so the bar never advertises a key that does nothing.
import type { Key } from 'ink';

export interface Binding {
  /** Key names as returned by keyName(): 'j', 'down', 'enter', 'space', 'esc', 'pagedown', ... */
  keys: string[];
  /** What the key bar shows for the key(s), e.g. 'j/k'. Defaults to the first key. */
  show?: string;
  label: string;
  run: () => void;
  /** Works but is not shown (arrow-key twins of j/k, for instance). */
  hidden?: boolean;
}

export function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input) return `ctrl-${input}`;
  if (input === ' ') return 'space';
  return input;
}

export function findBinding(bindings: readonly Binding[], name: string): Binding | undefined {
  return bindings.find((b) => b.keys.includes(name));
}

/** A stable identity for a set of bindings, so re-registering the same keys does not re-render. */
export function bindingsSignature(bindings: readonly Binding[]): string {
  return bindings.map((b) => `${b.keys.join(',')}=${b.show ?? ''}:${b.label}:${b.hidden ? 'h' : ''}`).join('|');
}

/** The run of a key-bar entry that only explains (the key is handled by a text field). */
export function noop(): void {}
