import { Box, Text } from 'ink';
import { useKeys } from '../context.js';

export function NotBuilt({ title, what }: { title: string; what: string }) {
  useKeys([]);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{title}</Text>
      <Text>The {what} is not built yet. It is on the roadmap; everything else on the home screen works.</Text>
    </Box>
  );
}
