import { Box, Text } from 'ink';
import { useEffect } from 'react';
import type { Lesson } from '../../content/catalog.js';
import type { StoreData } from '../../store/schema.js';
import { useSelectList } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import { preloadMarkdown } from '../markdown.js';
import { theme } from '../theme.js';

/** ✓ read, … started, blank not opened yet; for a lesson or a whole module. */
function progressMark(lessons: readonly Lesson[], data: StoreData): { mark: string; color: string; done: number; reading: number } {
  const done = lessons.filter((l) => data.lessons[l.id]?.status === 'done').length;
  const reading = lessons.filter((l) => data.lessons[l.id]?.status === 'in-progress').length;
  if (lessons.length && done === lessons.length) return { mark: '✓', color: theme.ok, done, reading };
  return { mark: done || reading ? '…' : ' ', color: theme.warn, done, reading };
}

export function Modules() {
  const { catalog, data, nav, rows } = useApp();
  const list = useSelectList({
    items: catalog.modules.map((m) => {
      const p = progressMark(m.lessons, data);
      return {
        key: m.id,
        text: `${m.number} ${m.title} ${m.lessons.map((l) => l.title).join(' ')}`,
        render: (selected: boolean) => (
          <Text>
            <Text bold={selected}>{`${m.number}. ${m.title}`}</Text>
            <Text color={p.color}>{`  ${p.mark}`}</Text>
            <Text color={theme.dim}>{` ${p.done}/${m.lessons.length} lessons done${p.reading ? `, ${p.reading} in progress` : ''}`}</Text>
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
  const { catalog, data, nav, rows } = useApp();
  const module = catalog.modules.find((m) => m.id === moduleId);
  // The reader's renderer takes a moment to load: start now, while the learner picks a lesson.
  useEffect(preloadMarkdown, []);
  const list = useSelectList({
    items: (module?.lessons ?? []).map((l) => {
      const p = progressMark([l], data);
      const drills = catalog.drillsByLesson.get(l.id)?.length ?? 0;
      return {
        key: l.id,
        text: `${l.title} ${l.objectives.join(' ')}`,
        render: (selected: boolean) => (
          <Text>
            <Text color={p.color}>{p.mark} </Text>
            <Text bold={selected}>{l.title}</Text>
            <Text color={theme.dim}>{`  ${l.minutes} min${drills ? ` · ${drills} drill${drills > 1 ? 's' : ''}` : ''}`}</Text>
          </Text>
        ),
      };
    }),
    height: rows - 6,
    onOpen: (item) => nav.push({ name: 'lesson', id: item.key }),
    openLabel: 'read',
  });
  useKeys(list.bindings);
  if (!module) return <Text color={theme.bad}>No module {moduleId}</Text>;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold>{`Module ${module.number}: ${module.title}`}</Text>
        <Text color={theme.dim}>{`  ${progressMark(module.lessons, data).done}/${module.lessons.length} done`}</Text>
      </Text>
      <Text color={theme.dim}>{module.summary}</Text>
      <Box marginTop={1}>{list.view}</Box>
    </Box>
  );
}
