import { Box, Text } from 'ink';
import type { Binding } from '../keys.js';
import { theme } from '../theme.js';

export interface KeyHint {
  show: string;
  label: string;
}

export function hintsOf(bindings: readonly Binding[]): KeyHint[] {
  return bindings.filter((b) => !b.hidden).map((b) => ({ show: b.show ?? b.keys[0]!, label: b.label }));
}

/** One line of `key label` pairs; it wraps rather than hides keys when the terminal is narrow. */
export function KeyBar({ hints }: { hints: KeyHint[] }) {
  return (
    <Box paddingX={1} flexWrap="wrap" columnGap={2}>
      {hints.map((h) => (
        <Text key={`${h.show}-${h.label}`}>
          <Text color={theme.key} bold>
            {h.show}
          </Text>{' '}
          <Text color={theme.dim}>{h.label}</Text>
        </Text>
      ))}
    </Box>
  );
}
