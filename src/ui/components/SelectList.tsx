// A scrolling list with a cursor (j/k, arrows, g/G, page keys), enter to open and / to filter.
// It returns its bindings instead of registering them, so a screen can add its own keys beside them.
import { Box, Text } from 'ink';
import { useMemo, useState, type ReactNode } from 'react';
import { noop, type Binding } from '../keys.js';
import { theme } from '../theme.js';
import { LineInput } from './LineInput.js';

export interface ListItem {
  key: string;
  /** What the filter matches against. */
  text: string;
  render(selected: boolean): ReactNode;
}

export interface SelectListOptions<T extends ListItem> {
  items: readonly T[];
  height: number;
  onOpen?(item: T): void;
  openLabel?: string;
  initialKey?: string;
}

export interface SelectList<T extends ListItem> {
  selected: T | undefined;
  bindings: Binding[];
  view: ReactNode;
  filtering: boolean;
}

export function useSelectList<T extends ListItem>({ items, height, onOpen, openLabel = 'open', initialKey }: SelectListOptions<T>): SelectList<T> {
  const [filter, setFilter] = useState('');
  const [filtering, setFiltering] = useState(false);
  const [cursor, setCursor] = useState(() => Math.max(0, items.findIndex((i) => i.key === initialKey)));
  const visible = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length ? items.filter((i) => words.every((w) => i.text.toLowerCase().includes(w))) : items;
  }, [items, filter]);
  const index = Math.min(cursor, Math.max(0, visible.length - 1));
  const selected = visible[index];
  const rows = Math.max(1, height - (filtering || filter ? 1 : 0));
  const top = Math.min(Math.max(0, index - Math.floor(rows / 2)), Math.max(0, visible.length - rows));

  const last = visible.length - 1;
  const move = (delta: number) => setCursor((c) => Math.max(0, Math.min(last, Math.min(c, last) + delta)));
  const bindings: Binding[] = filtering
    ? [
        { keys: [], show: 'type', label: 'to filter', run: noop },
        { keys: [], show: 'enter', label: 'keep filter', run: noop },
        { keys: [], show: 'esc', label: 'clear', run: noop },
      ]
    : [
        { keys: ['j', 'down'], show: 'j/k', label: 'move', run: () => move(1), hidden: visible.length < 2 },
        { keys: ['k', 'up'], label: 'up', run: () => move(-1), hidden: true },
        { keys: ['g'], label: 'top', run: () => setCursor(0), hidden: true },
        { keys: ['G'], label: 'bottom', run: () => setCursor(visible.length - 1), hidden: true },
        { keys: ['pagedown', 'ctrl-d'], label: 'page down', run: () => move(rows), hidden: true },
        { keys: ['pageup', 'ctrl-u'], label: 'page up', run: () => move(-rows), hidden: true },
        ...(selected && onOpen ? [{ keys: ['enter'], label: openLabel, run: () => onOpen(selected) }] : []),
        ...(items.length > 1 ? [{ keys: ['/'], label: 'filter', run: () => setFiltering(true) }] : []),
        ...(filter ? [{ keys: ['x'], label: 'clear filter', run: () => setFilter('') }] : []),
      ];

  const view = (
    <Box flexDirection="column">
      {filtering || filter ? (
        <LineInput
          prompt="/"
          value={filter}
          active={filtering}
          onChange={(v) => {
            setFilter(v);
            setCursor(0);
          }}
          onSubmit={() => setFiltering(false)}
          onCancel={() => {
            setFilter('');
            setFiltering(false);
          }}
        />
      ) : null}
      {visible.length === 0 ? <Text color={theme.dim}>nothing matches “{filter}”</Text> : null}
      {visible.slice(top, top + rows).map((item, i) => (
        // One line per item, whatever a row renders: the scrolling counts rows as lines.
        <Box key={item.key} height={1} overflow="hidden">
          <Box flexShrink={0}>
            <Text color={top + i === index ? theme.accent : undefined}>{top + i === index ? '› ' : '  '}</Text>
          </Box>
          {item.render(top + i === index)}
        </Box>
      ))}
    </Box>
  );
  return { selected, bindings, view, filtering };
}
