// The six-week plan on the calendar: the weeks with their dates and status, the selected week's goals,
// lessons and drills, what the layout compressed or added, and `e` to set the exam date in a text field.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { localDay } from '../../learning/dates.js';
import { examDateProblem, layoutPlan, plural, setExamDate, type PlannedWeek } from '../../learning/plan.js';
import { LineInput } from '../components/LineInput.js';
import { useSelectList } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import { noop, type Binding } from '../keys.js';
import { theme } from '../theme.js';
import { useActiveMemo } from '../useActiveMemo.js';

const MARK: Record<PlannedWeek['status'], { mark: string; color: string }> = {
  done: { mark: '✓', color: theme.ok },
  current: { mark: '▶', color: theme.accent },
  upcoming: { mark: '·', color: theme.dim },
};

export function Plan() {
  const { catalog, data, update, now, nav, notify, rows } = useApp();
  const plan = useActiveMemo(() => layoutPlan(catalog, data, localDay(now())), [catalog, data]);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const titleWidth = Math.max(...plan.weeks.map((w) => w.title.length));

  const list = useSelectList({
    items: plan.weeks.map((w) => ({
      key: String(w.week),
      text: `${w.week} ${w.title}`,
      render: (selected: boolean) => (
        <Text>
          <Text color={MARK[w.status].color}>{`${MARK[w.status].mark} `}</Text>
          <Text color={theme.dim}>{`${String(w.week).padStart(2)}  ${w.start ? `${w.start.slice(5)} – ${w.end!.slice(5)}  ` : ''}`}</Text>
          <Text bold={selected}>{w.title.length > 60 ? `${w.title.slice(0, 59)}…` : w.title.padEnd(Math.min(60, titleWidth))}</Text>
          <Text color={theme.dim}>{`  ${w.review ? 'review' : `${w.lessonsDone}/${w.lessons.length} lessons`}${w.mockExams ? ` · ${plural(w.mockExams, 'mock exam')}` : ''}`}</Text>
        </Text>
      ),
    })),
    height: plan.weeks.length,
    initialKey: String(plan.currentWeek ?? 1),
    openLabel: 'next lesson of the week',
    onOpen: (item) => {
      const week = plan.weeks[Number(item.key) - 1]!;
      const next = week.lessons.find((id) => data.lessons[id]?.status !== 'done') ?? week.lessons[0];
      if (next) nav.push({ name: 'lesson', id: next });
      else nav.push({ name: 'drills' });
    },
  });

  const submit = (text: string) => {
    const today = localDay(now());
    const why = examDateProblem(text, today);
    if (why) return setProblem(`The exam date ${why}.`);
    setEditing(undefined);
    setProblem(undefined);
    void update(setExamDate(catalog, text.trim(), today)).then(() => notify(`Exam date set to ${text.trim()}: the plan is laid out from today.`));
  };

  const bindings: Binding[] =
    editing !== undefined
      ? [
          { keys: [], show: 'enter', label: 'save', run: noop },
          { keys: [], show: 'esc', label: 'cancel', run: noop },
        ]
      : [...list.bindings.filter((b) => !b.keys.includes('/')), { keys: ['e'], label: plan.examDate ? 'change exam date' : 'set exam date', run: () => setEditing('') }];
  useKeys(bindings);

  const week = list.selected ? plan.weeks[Number(list.selected.key) - 1] : undefined;
  const lessonTitle = (id: string) => catalog.lessonById.get(id)?.title ?? id;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold>Plan</Text>
        <Text color={theme.dim}>
          {plan.examDate
            ? ` · exam ${plan.examDate} · ${plan.daysToExam! >= 0 ? `${plural(plan.daysToExam!, 'day')} left` : 'date passed'}${plan.currentWeek ? ` · week ${plan.currentWeek} of ${plan.weeks.length}` : ''}`
            : ' · no exam date yet'}
        </Text>
      </Text>
      {editing !== undefined ? (
        <Box flexDirection="column">
          <LineInput
            prompt="Exam date (YYYY-MM-DD): "
            value={editing}
            active
            onChange={(v) => {
              setEditing(v);
              setProblem(undefined);
            }}
            onSubmit={submit}
            onCancel={() => {
              setEditing(undefined);
              setProblem(undefined);
            }}
          />
          <Text color={problem ? theme.bad : theme.dim}>{problem ?? 'enter saves, esc cancels'}</Text>
        </Box>
      ) : null}
      {plan.notes.map((n) => (
        <Text key={n} color={theme.warn}>
          {n}
        </Text>
      ))}
      <Box marginTop={1}>{list.view}</Box>
      {week && rows > plan.weeks.length + 10 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>{`Week ${week.week}: ${week.title}`}</Text>
          <Text color={theme.dim}>
            {`${week.start ? `${week.start} to ${week.end} · ` : ''}${week.newCardsPerDay} new cards a day${week.mockExams ? ` · ${plural(week.mockExams, 'mock exam')}` : ''}`}
          </Text>
          {week.goals.map((g) => (
            <Text key={g}>{`- ${g}`}</Text>
          ))}
          {week.lessons.length ? (
            <Text>
              <Text color={theme.dim}>Lessons: </Text>
              {week.lessons.map((id, i) => (
                <Text key={id} color={data.lessons[id]?.status === 'done' ? theme.ok : undefined}>
                  {`${i ? ' · ' : ''}${data.lessons[id]?.status === 'done' ? '✓ ' : ''}${lessonTitle(id)}`}
                </Text>
              ))}
            </Text>
          ) : null}
          {week.drills.length ? <Text color={theme.dim}>{`Drills: ${week.drills.join(', ')}`}</Text> : null}
        </Box>
      ) : null}
      {plan.behind.length ? <Text color={theme.warn}>{`Behind: ${plan.behind.map(lessonTitle).join(', ')}`}</Text> : null}
    </Box>
  );
}
