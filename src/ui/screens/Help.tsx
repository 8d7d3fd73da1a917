import { Box, Text } from 'ink';
import { useState } from 'react';
import { useApp, useKeys } from '../context.js';
import { COMMANDS } from '../routes.js';
import { theme } from '../theme.js';

const GLOBAL_KEYS: Array<[string, string]> = [
  ['?', 'this help'],
  [':', 'command line (:review, :drills, :plan, :progress, :q ...)'],
  ['/', 'filter the list on screen'],
  ['j/k or arrows', 'move'],
  ['enter', 'open'],
  ['esc', 'back'],
  ['q', 'quit (or close this help)'],
];

export function Help() {
  const { nav, rows } = useApp();
  const [top, setTop] = useState(0);
  const commands = [
    ...Object.entries(COMMANDS).map(([name, c]) => [name, c.help] as const),
    ['q', 'quit'] as const,
  ];
  const row = (key: string, what: string) => (
    <Text key={key}>
      <Text color={theme.key}>{key.padEnd(16)}</Text>
      {what}
    </Text>
  );
  // One line per entry, so a short terminal scrolls the help instead of cutting it.
  const lines = [
    <Text key="title" bold>
      Help
    </Text>,
    <Text key="gap1"> </Text>,
    <Text key="keys" color={theme.dim}>
      Keys everywhere
    </Text>,
    ...GLOBAL_KEYS.map(([k, what]) => row(k, what)),
    <Text key="gap2"> </Text>,
    <Text key="commands" color={theme.dim}>
      Commands (type : then the name)
    </Text>,
    ...commands.map(([name, what]) => row(`:${name}`, what)),
    <Text key="gap3"> </Text>,
    <Text key="bar" color={theme.dim} wrap="truncate-end">
      The key bar at the bottom always shows the keys that work on the current screen.
    </Text>,
  ];
  const maxTop = Math.max(0, lines.length - rows);
  useKeys([
    { keys: ['j', 'down'], show: 'j/k', label: 'scroll', run: () => setTop((t) => Math.min(maxTop, t + 1)), hidden: maxTop === 0 },
    { keys: ['k', 'up'], label: 'scroll up', run: () => setTop((t) => Math.max(0, t - 1)), hidden: true },
    { keys: ['esc', 'q', '?'], show: 'esc', label: 'close help', run: () => nav.pop() },
  ]);
  return (
    <Box flexDirection="column" paddingX={1}>
      {lines.slice(Math.min(top, maxTop), Math.min(top, maxTop) + rows)}
    </Box>
  );
}
