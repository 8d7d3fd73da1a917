// Today's agenda, walked through in order: enter opens the item under the cursor (review, lesson, drill,
// quiz, mock exam), and coming back the cursor is on the next open item, because an item counts as done
// when the thing itself happened today. s skips an item for today. The agenda is saved on first look.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { agendaOptions } from '../../agendaEnv.js';
import { agendaView, ensureAgenda, readAgenda, todaysAgenda, toggleSkip, type AgendaItem } from '../../learning/agenda.js';
import { localDay } from '../../learning/dates.js';
import { layoutPlan, plural } from '../../learning/plan.js';
import { useApp, useKeys } from '../context.js';
import type { Binding } from '../keys.js';
import { routeForCommand, type Route } from '../routes.js';
import { theme } from '../theme.js';
import { useActiveMemo } from '../useActiveMemo.js';

function routeOf(item: AgendaItem): Route | undefined {
  switch (item.kind) {
    case 'cards':
      return { name: 'review' };
    case 'lesson':
      return { name: 'lesson', id: item.lesson };
    case 'drill':
      return { name: 'drill', id: item.drill };
    case 'quiz':
      return { name: 'quiz', domain: item.domain };
    case 'exam':
      return routeForCommand('exam');
  }
}

export function Today() {
  const { catalog, data, update, now, nav, dataDir, contextFlag, columns } = useApp();
  const options = useMemo(() => agendaOptions(dataDir, contextFlag), [dataDir, contextFlag]);
  const { view, week, weeks } = useActiveMemo(() => {
    const t = now();
    const plan = layoutPlan(catalog, data, localDay(t));
    const agenda = todaysAgenda(catalog, data, t, options);
    return { view: agendaView(catalog, data, agenda, t), week: agenda.week ? plan.weeks[agenda.week - 1] : undefined, weeks: plan.weeks.length };
  }, [catalog, data, options]);
  const [cursor, setCursor] = useState(view.next ?? 0);

  useEffect(() => {
    if (!readAgenda(data, localDay(now()))) void update(ensureAgenda(catalog, now(), options));
    // Saved once, on the first look of the day; what is done is read from the progress file after that.
  }, []);
  // When an item gets done (the learner comes back from it), move on to the next open one.
  useEffect(() => {
    if (view.next !== null) setCursor(view.next);
  }, [view.next, view.done]);

  const entries = view.entries;
  const selected = entries[Math.min(cursor, entries.length - 1)];
  const bindings: Binding[] = entries.length
    ? [
        { keys: ['j', 'down'], show: 'j/k', label: 'move', run: () => setCursor((c) => Math.min(entries.length - 1, c + 1)), hidden: entries.length < 2 },
        { keys: ['k', 'up'], label: 'up', run: () => setCursor((c) => Math.max(0, c - 1)), hidden: true },
        {
          keys: ['enter'],
          label: 'open',
          run: () => {
            const route = selected && routeOf(selected.item);
            if (route) nav.push(route);
          },
        },
        ...(selected && !selected.done ? [{ keys: ['s'], label: selected.skipped ? 'unskip' : 'skip for today', run: () => void update(toggleSkip(view.day, selected.index)) }] : []),
      ]
    : [];
  useKeys(bindings);

  const titleWidth = Math.min(Math.max(...entries.map((e) => e.title.length), 0), Math.max(20, columns - 40));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold>Today</Text>
        <Text color={theme.dim}>{` · ${view.day}`}</Text>
        {week ? <Text color={theme.dim}>{` · week ${week.week} of ${weeks}: ${week.title}`}</Text> : null}
      </Text>
      <Text color={theme.dim}>{`streak ${plural(view.streak, 'day')} · ${view.minutesToday} min studied today · ${view.done} of ${entries.length} done`}</Text>
      <Box flexDirection="column" marginTop={1}>
        {entries.map((e, i) => {
          const here = i === cursor;
          const mark = e.done ? '✓' : e.skipped ? '–' : '○';
          return (
            <Text key={e.index} wrap="truncate-end">
              <Text color={here ? theme.accent : undefined}>{here ? '› ' : '  '}</Text>
              <Text color={e.done ? theme.ok : e.skipped ? theme.dim : theme.warn}>{`${mark} `}</Text>
              <Text bold={here} strikethrough={e.skipped} color={e.done ? theme.dim : undefined}>
                {e.title.length > titleWidth ? `${e.title.slice(0, titleWidth - 1)}…` : e.title.padEnd(titleWidth)}
              </Text>
              <Text color={theme.dim}>{`  ${e.detail}`}</Text>
            </Text>
          );
        })}
      </Box>
      <Box marginTop={1}>
        <Text color={theme.dim}>
          {!entries.length
            ? 'Nothing on the agenda: no cards due, every lesson read. Try a drill or the quiz from home.'
            : view.next === null
              ? 'All done for today. Well spent: come back tomorrow.'
              : data.settings.examDate
                ? 'Enter opens an item; it ticks itself off when done.'
                : 'No exam date yet: set it on the plan screen (:plan) to pace the weeks.'}
        </Text>
      </Box>
    </Box>
  );
}
