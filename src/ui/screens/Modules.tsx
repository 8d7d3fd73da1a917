import { Box, Text } from 'ink';
import { useSelectList } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import { theme } from '../theme.js';

export function Modules() {
  const { catalog, data, nav, rows } = useApp();
  const list = useSelectList({
    items: catalog.modules.map((m) => {
      const done = m.lessons.filter((l) => data.lessons[l.id]?.status === 'done').length;
      return {
        key: m.id,
        text: `${m.number} ${m.title} ${m.lessons.map((l) => l.title).join(' ')}`,
        render: (selected: boolean) => (
          <Text>
            <Text bold={selected}>{`${m.number}. ${m.title}`}</Text>
            <Text color={theme.dim}>{`  ${done}/${m.lessons.length} lessons`}</Text>
          </Text>
        ),
      };
    }),
    height: rows - 6,
    onOpen: (item) => nav.push({ name: 'lessons', module: item.key }),
  });
  useKeys(list.bindings);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Modules</Text>
      <Box marginTop={1}>{list.view}</Box>
    </Box>
  );
}

export function Lessons({ module: moduleId }: { module: string }) {
  const { catalog, data, rows } = useApp();
  const module = catalog.modules.find((m) => m.id === moduleId);
  const list = useSelectList({
    items: (module?.lessons ?? []).map((l) => {
      const status = data.lessons[l.id]?.status;
      const mark = status === 'done' ? '✓' : status === 'in-progress' ? '…' : ' ';
      return {
        key: l.id,
        text: `${l.title} ${l.objectives.join(' ')}`,
        render: (selected: boolean) => (
          <Text>
            <Text color={status === 'done' ? theme.ok : theme.warn}>{mark} </Text>
            <Text bold={selected}>{l.title}</Text>
            <Text color={theme.dim}>{`  ${l.minutes} min`}</Text>
          </Text>
        ),
      };
    }),
    height: rows - 6,
  });
  useKeys(list.bindings);
  if (!module) return <Text color={theme.bad}>No module {moduleId}</Text>;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{`Module ${module.number}: ${module.title}`}</Text>
      <Text color={theme.dim}>{module.summary}</Text>
      <Box marginTop={1}>{list.view}</Box>
    </Box>
  );
}
