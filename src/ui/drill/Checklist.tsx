import { Box, Text } from 'ink';
import type { Check } from '../../content/schema.js';
import type { CheckResult } from '../../drills/checks/index.js';
import { theme } from '../theme.js';

/** The drill's requirements, each ticked off as soon as a check pass sees it done. */
export function Checklist({ checks, results, showMessages }: { checks: readonly Check[]; results: readonly CheckResult[]; showMessages: boolean }) {
  const byId = new Map(results.map((r) => [r.id, r]));
  return (
    <Box flexDirection="column">
      {checks.map((c) => {
        const r = byId.get(c.id);
        const mark = !r ? '·' : r.passed ? '✓' : '✗';
        const colour = !r ? theme.dim : r.passed ? theme.ok : r.unreachable ? theme.warn : theme.bad;
        return (
          <Box key={c.id} flexDirection="column">
            <Text>
              <Text color={colour}>{` ${mark} `}</Text>
              <Text>{c.title}</Text>
            </Text>
            {showMessages && r && !r.passed ? (
              <Text color={theme.dim} wrap="truncate-end">{`     ${r.message}`}</Text>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
