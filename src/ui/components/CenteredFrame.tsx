import { Box } from 'ink';
import type { ReactNode } from 'react';

/** A heading over a centred body, for the study screens (review, quiz). */
export function CenteredFrame({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  return (
    // No shrinking: on a short terminal the bottom is cut off rather than lines drawn over each other.
    <Box flexDirection="column" alignItems="center" paddingX={1} flexShrink={0}>
      {heading}
      <Box marginTop={1}>{children}</Box>
    </Box>
  );
}
