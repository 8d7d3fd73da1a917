// The list behind `f` on the review and quiz screens: all, one domain, one module (and one lesson).
import { Box, Text } from 'ink';
import type { Catalog } from '../../content/catalog.js';
import { DOMAINS, type DomainId } from '../../content/domains.js';
import type { Binding } from '../keys.js';
import { theme } from '../theme.js';
import { useSelectList, type ListItem } from './SelectList.js';

export interface Filter {
  domain?: DomainId;
  module?: string;
  lesson?: string;
}

interface FilterItem extends ListItem {
  filter: Filter;
}

export function filterKey(f: Filter): string {
  return f.lesson ? `lesson:${f.lesson}` : f.module ? `module:${f.module}` : f.domain ? `domain:${f.domain}` : 'all';
}

/** The choices, each with a count (cards to review, or questions) shown beside it. */
export function filterChoices(catalog: Catalog, allLabel: string, current: Filter): Array<{ label: string; group: string; filter: Filter }> {
  return [
    { label: allLabel, group: '', filter: {} },
    ...DOMAINS.map((d) => ({ label: d.title, group: `domain, ${d.weight}%`, filter: { domain: d.id } })),
    ...catalog.modules.map((m) => ({ label: `${m.number}. ${m.title}`, group: 'module', filter: { module: m.id } })),
    ...(current.lesson ? [{ label: catalog.lessonById.get(current.lesson)?.title ?? current.lesson, group: 'lesson', filter: { lesson: current.lesson } }] : []),
  ];
}

export function useFilterPicker(options: {
  /** Counting walks the whole catalog per choice, so it happens only while the list is open. */
  open: boolean;
  catalog: Catalog;
  allLabel: string;
  current: Filter;
  count(filter: Filter): number;
  height: number;
  onPick(filter: Filter): void;
  onClose(): void;
}): { bindings: Binding[]; view: React.ReactNode } {
  const items: FilterItem[] = filterChoices(options.catalog, options.allLabel, options.current).map((c) => {
    const n = options.open ? options.count(c.filter) : 0;
    return {
      key: filterKey(c.filter),
      text: `${c.label} ${c.group}`,
      filter: c.filter,
      render: (selected: boolean) => (
        <Text>
          <Text bold={selected}>{c.label}</Text>
          <Text color={theme.dim}>{`  ${n}${c.group ? ` · ${c.group}` : ''}`}</Text>
        </Text>
      ),
    };
  });
  const list = useSelectList({ items, height: options.height, onOpen: (item) => options.onPick(item.filter), openLabel: 'choose', initialKey: filterKey(options.current) });
  const bindings = list.filtering ? list.bindings : [...list.bindings, { keys: ['esc', 'f'], show: 'esc', label: 'close', run: options.onClose }];
  const view = (
    <Box flexDirection="column">
      <Text bold>Choose what to work on</Text>
      <Box marginTop={1}>{list.view}</Box>
    </Box>
  );
  return { bindings, view };
}
