import { Box, Text } from 'ink';
import { theme } from '../theme.js';

export function Header({ daysToExam, context, title }: { daysToExam: number | null; context: string | undefined; title: string }) {
  const exam =
    daysToExam === null ? 'no exam date set' : daysToExam < 0 ? 'exam date passed' : daysToExam === 0 ? 'exam today' : `${daysToExam} day${daysToExam === 1 ? '' : 's'} to exam`;
  return (
    <Box justifyContent="space-between" paddingX={1} borderStyle="single" borderTop={false} borderLeft={false} borderRight={false} borderColor={theme.dim}>
      <Text>
        <Text bold color={theme.accent}>
          cks-tutor
        </Text>
        <Text color={theme.dim}> · </Text>
        <Text>{title}</Text>
      </Text>
      <Text>
        <Text color={daysToExam !== null && daysToExam <= 7 ? theme.warn : undefined}>{exam}</Text>
        <Text color={theme.dim}> · </Text>
        <Text color={context ? theme.ok : theme.dim}>{context ? `ctx ${context}` : 'no cluster'}</Text>
      </Text>
    </Box>
  );
}
