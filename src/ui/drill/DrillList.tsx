// All drills, by domain, with what the learner has done on each; enter opens one.
import { Box, Text } from 'ink';
import type { DomainId } from '../../content/domains.js';
import { DOMAINS } from '../../content/domains.js';
import { useSelectList } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import { theme } from '../theme.js';
import { formatClock } from './Checklist.js';

export function DrillList({ domain }: { domain?: DomainId }) {
  const { catalog, data, nav, rows } = useApp();
  const order = new Map(DOMAINS.map((d, i) => [d.id, i]));
  const drills = catalog.drills
    .filter((d) => !domain || d.domain === domain)
    .sort((a, b) => order.get(a.domain)! - order.get(b.domain)! || a.minutes - b.minutes || a.title.localeCompare(b.title));
  const list = useSelectList({
    items: drills.map((d) => {
      const attempts = data.drills[d.id] ?? [];
      const passes = attempts.filter((a) => a.passed && !a.exam);
      const best = passes.length ? Math.min(...passes.map((a) => a.seconds)) : undefined;
      const mark = passes.length ? '✓' : attempts.length ? '✗' : ' ';
      const short = DOMAINS.find((x) => x.id === d.domain)!.short;
      return {
        key: d.id,
        text: `${d.title} ${d.domain} ${d.requires.join(' ')} ${d.id}`,
        // The title gives way (truncated) so the time, needs and best time stay readable at any width.
        render: (selected: boolean) => (
          <Box>
            <Box flexShrink={0}>
              <Text color={passes.length ? theme.ok : theme.bad}>{mark} </Text>
              <Text color={theme.dim}>{short.padEnd(14)}</Text>
            </Box>
            <Text bold={selected} wrap="truncate-end">
              {d.title}
            </Text>
            <Box flexShrink={0}>
              <Text color={theme.dim}>{`  ${d.minutes} min · ${d.requires.join(',')}${best !== undefined ? ` · best ${formatClock(best)}` : ''}`}</Text>
            </Box>
          </Box>
        ),
      };
    }),
    height: rows - 5,
    onOpen: (item) => nav.push({ name: 'drill', id: item.key }),
    openLabel: 'start',
  });
  useKeys(list.bindings);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{domain ? `Drills: ${DOMAINS.find((d) => d.id === domain)!.title}` : 'Drills'}</Text>
      <Text color={theme.dim}>lab: the local control plane · api: any cluster · files: no cluster · node: real nodes</Text>
      <Box marginTop={1}>{list.view}</Box>
    </Box>
  );
}
