import { Box, Text } from 'ink';
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
  const { nav } = useApp();
  useKeys([{ keys: ['esc', 'q', '?'], show: 'esc', label: 'close help', run: () => nav.pop() }]);
  const commands = [
    ...Object.entries(COMMANDS).map(([name, c]) => [name, c.help] as const),
    ['q', 'quit'] as const,
  ];
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Help</Text>
      <Box flexDirection="column" marginTop={1}>
        <Text color={theme.dim}>Keys everywhere</Text>
        {GLOBAL_KEYS.map(([k, what]) => (
          <Text key={k}>
            <Text color={theme.key}>{k.padEnd(16)}</Text>
            {what}
          </Text>
        ))}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text color={theme.dim}>Commands (type : then the name)</Text>
        {commands.map(([name, what]) => (
          <Text key={name}>
            <Text color={theme.key}>{`:${name}`.padEnd(16)}</Text>
            {what}
          </Text>
        ))}
      </Box>
      <Box marginTop={1}>
        <Text color={theme.dim}>The key bar at the bottom always shows the keys that work on the current screen.</Text>
      </Box>
    </Box>
  );
}
