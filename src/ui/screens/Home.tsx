import { Box, Text } from 'ink';
import { useEffect, useMemo } from 'react';
import { agendaOptions } from '../../agendaEnv.js';
import { agendaView, needsStartOfDay, startOfDay, todaysAgenda } from '../../learning/agenda.js';
import { computeReadiness } from '../../learning/readiness.js';
import { homeSummary } from '../../learning/summary.js';
import { useSelectList, type ListItem } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import { routeForCommand } from '../routes.js';
import { theme } from '../theme.js';
import { useActiveMemo } from '../useActiveMemo.js';

const MENU: Array<{ command: string; title: string; what: string }> = [
  { command: 'today', title: 'Today', what: "today's agenda, in order" },
  { command: 'learn', title: 'Learn', what: 'the seven modules' },
  { command: 'review', title: 'Review', what: 'due flashcards' },
  { command: 'quiz', title: 'Quiz', what: 'scenario practice questions' },
  { command: 'drills', title: 'Drills', what: 'timed hands-on tasks on a cluster' },
  { command: 'exam', title: 'Mock exam', what: '2 hours, 15-20 tasks' },
  { command: 'plan', title: 'Plan', what: 'the six-week plan' },
  { command: 'progress', title: 'Progress', what: 'mastery and readiness' },
];

export function Home() {
  const { catalog, data, update, now, nav, rows, dataDir, contextFlag } = useApp();
  const options = useMemo(() => agendaOptions(dataDir, contextFlag), [dataDir, contextFlag]);
  const { s, readiness, agenda } = useActiveMemo(() => {
    const t = now();
    const readiness = computeReadiness(catalog, data, t);
    return { s: homeSummary(catalog, data, t), readiness, agenda: agendaView(catalog, data, todaysAgenda(catalog, data, t, options, readiness), t) };
  }, [catalog, data, options]);
  // After the first frame: draw today's agenda (and apply a new plan week's card quota) and keep today's
  // readiness snapshot, so the trend has a point for every day the app was opened.
  useEffect(() => {
    if (needsStartOfDay(data, readiness, now())) void update(startOfDay(catalog, now(), options));
  }, []);
  const next = agenda.next === null ? undefined : agenda.entries[agenda.next];
  const items: Array<ListItem & { command: string }> = MENU.map((m) => ({
    key: m.command,
    command: m.command,
    text: `${m.title} ${m.what}`,
    render: (selected) => (
      <Text>
        <Text bold={selected}>{m.title.padEnd(11)}</Text>
        <Text color={theme.dim}>{m.what}</Text>
      </Text>
    ),
  }));
  const list = useSelectList({
    items,
    height: Math.max(3, rows - 12),
    onOpen: (item) => {
      const route = routeForCommand(item.command);
      if (route) nav.push(route);
    },
  });
  useKeys(list.bindings);
  const exam =
    s.daysToExam === null
      ? 'No exam date yet: set it with :plan or `cks-tutor plan --exam-date YYYY-MM-DD`.'
      : s.daysToExam >= 0
        ? `${s.daysToExam} days to the exam (${s.examDate}).`
        : `The exam date ${s.examDate} has passed: set a new one with :plan.`;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>{exam}</Text>
      <Box marginTop={1} columnGap={4} flexWrap="wrap">
        <Figure label="cards due" value={s.dueCards} />
        <Figure label="new today" value={s.newCards} />
        <Figure label="day streak" value={s.streak} />
        <Figure label="min this week" value={s.minutesThisWeek} />
        <Figure label="lessons done" value={`${s.lessonsDone}/${s.lessonsTotal}`} />
        <Figure label="drills passed" value={`${s.drillsPassed}/${s.drillsTotal}`} />
      </Box>
      <Box marginTop={1}>
        <Text color={theme.dim}>Next lesson: </Text>
        <Text>{s.nextLesson ? `${s.nextLesson.title} (module ${s.nextLesson.moduleNumber})` : 'all lessons done'}</Text>
      </Box>
      <Text wrap="truncate-end">
        <Text color={theme.dim}>Readiness </Text>
        <Text color={readiness.readiness >= readiness.passLine ? theme.ok : theme.warn}>{readiness.readiness}</Text>
        <Text color={theme.dim}>{`/100 (pass ${readiness.passLine}) · Today `}</Text>
        <Text>{agenda.entries.length ? `${agenda.done}/${agenda.entries.length} done${next ? `, next: ${next.title}` : ''}` : 'nothing on the agenda'}</Text>
      </Text>
      <Box marginTop={1}>{list.view}</Box>
    </Box>
  );
}

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <Text>
      <Text bold color={theme.accent}>
        {value}
      </Text>{' '}
      <Text color={theme.dim}>{label}</Text>
    </Text>
  );
}
