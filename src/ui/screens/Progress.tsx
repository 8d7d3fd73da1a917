// Progress and readiness: per-domain mastery bars against the pass line with the model in two lines, the
// readiness trend from the daily snapshots, the weakest competencies with one key to their lesson, cards
// or drill, the mock exams taken, and the exam-day checklist. tab / 1-5 switch between the sections.
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { DOMAINS, domainById } from '../../content/domains.js';
import { localDay } from '../../learning/dates.js';
import { plural } from '../../learning/plan.js';
import { EXAM_DAY_CHECKLIST } from '../../learning/examDay.js';
import { computeReadiness, MODEL_EXPLANATION, recordSnapshot, sameSnapshot, snapshotOf, trend, trendSpan } from '../../learning/readiness.js';
import { DomainBars, TrendChart } from '../components/Chart.js';
import { useApp, useKeys } from '../context.js';
import type { Binding } from '../keys.js';
import { theme } from '../theme.js';
import { useActiveMemo } from '../useActiveMemo.js';

const SECTIONS = ['overview', 'domains', 'weakest', 'mock exams', 'exam day'] as const;
type Section = (typeof SECTIONS)[number];

/** The trend shows at most this many days (eight weeks). */
const TREND_DAYS = 56;

export function Progress() {
  const { catalog, data, update, now, nav, columns, rows } = useApp();
  const r = useActiveMemo(() => computeReadiness(catalog, data, now()), [catalog, data]);
  const [section, setSection] = useState<Section>('overview');
  const [cursor, setCursor] = useState(0);

  // Looking at progress keeps today's snapshot, which is what the trend is made of.
  useEffect(() => {
    const today = localDay(now());
    if (!sameSnapshot(data.snapshots[today], snapshotOf(r))) void update(recordSnapshot(r, today));
  }, [r]);

  const weakest = r.competencies.filter((c) => c.pointsAtStake > 0);
  const pick = weakest[Math.min(cursor, weakest.length - 1)];
  const move = (delta: number) => setSection((s) => SECTIONS[(SECTIONS.indexOf(s) + delta + SECTIONS.length) % SECTIONS.length]!);
  const bindings: Binding[] = [
    { keys: ['tab'], label: 'next section', run: () => move(1) },
    { keys: ['shift-tab'], label: 'previous section', run: () => move(-1), hidden: true },
    ...SECTIONS.map((s, i) => ({ keys: [String(i + 1)], label: s, run: () => setSection(s), hidden: true })),
  ];
  if (section === 'weakest' && pick) {
    bindings.push(
      { keys: ['j', 'down'], show: 'j/k', label: 'move', run: () => setCursor((c) => Math.min(weakest.length - 1, c + 1)) },
      { keys: ['k', 'up'], label: 'up', run: () => setCursor((c) => Math.max(0, c - 1)), hidden: true },
    );
    if (pick.lesson) {
      const lesson = pick.lesson;
      bindings.push(
        { keys: ['l', 'enter'], show: 'l', label: 'lesson', run: () => nav.push({ name: 'lesson', id: lesson }) },
        { keys: ['c'], label: 'cards', run: () => nav.push({ name: 'review', lesson }) },
      );
    }
    if (pick.drill) {
      const drill = pick.drill;
      bindings.push({ keys: ['d'], label: 'drill', run: () => nav.push({ name: 'drill', id: drill }) });
    }
  }
  useKeys(bindings);

  const width = Math.max(40, Math.min(columns - 2, 100));
  const verdictColor = r.verdict === 'ready' ? theme.ok : r.verdict === 'borderline' ? theme.warn : theme.bad;
  let body: React.ReactNode;
  if (section === 'overview') {
    const today = localDay(now());
    // Today's point is the figure on screen, whether or not its snapshot is saved yet.
    const snapshots = { ...data.snapshots, [today]: snapshotOf(r) };
    body = (
      <Box flexDirection="column">
        <DomainBars domains={r.domains} passLine={r.passLine} width={width} />
        <Box marginTop={1} />
        <TrendChart points={trend(snapshots, today, Math.min(TREND_DAYS, trendSpan(snapshots, today)))} passLine={r.passLine} width={width} height={Math.max(3, Math.min(8, rows - 15))} />
      </Box>
    );
  } else if (section === 'domains') {
    const label = Math.max(...r.domains.map((d) => d.short.length));
    const cell = (v: number | null) => (v === null ? '-' : String(v)).padStart(7);
    body = (
      <Box flexDirection="column">
        <Text color={theme.dim}>{`${''.padEnd(label)}  mastery  cards drills   quiz  cover   mock  never touched`}</Text>
        {r.domains.map((d) => (
          <Text key={d.id}>
            <Text>{d.short.padEnd(label)}</Text>
            <Text bold>{cell(d.mastery)}</Text>
            <Text>{`${cell(d.retention)}${cell(d.drills)}${cell(d.questions)}${cell(d.coverage)}${cell(d.mock)}`}</Text>
            <Text color={theme.dim}>{`  ${plural(d.untouched.lessons.length, 'lesson')}, ${plural(d.untouched.cards, 'card')}, ${plural(d.untouched.drills.length, 'drill')}, ${plural(d.untouched.questions, 'question')}`}</Text>
          </Text>
        ))}
      </Box>
    );
  } else if (section === 'weakest') {
    const visible = Math.max(3, rows - 9);
    const top = Math.max(0, Math.min(cursor - Math.floor(visible / 2), weakest.length - visible));
    body = weakest.length ? (
      <Box flexDirection="column">
        <Text color={theme.dim}>Exam points at stake · competency · mastery</Text>
        {weakest.slice(top, top + visible).map((c, i) => {
          const here = top + i === cursor;
          return (
            <Text key={c.id}>
              <Text color={here ? theme.accent : undefined}>{here ? '› ' : '  '}</Text>
              <Text color={theme.warn}>{c.pointsAtStake.toFixed(1).padStart(4)}</Text>
              <Text bold={here}>{`  ${c.title}`}</Text>
              <Text color={theme.dim}>{`  ${domainById(c.domain).short} · ${c.mastery}`}</Text>
            </Text>
          );
        })}
        {pick ? (
          <Box marginTop={1}>
            <Text color={theme.dim}>
              {[pick.lesson ? `lesson ${catalog.lessonById.get(pick.lesson)?.title}` : '', pick.drill ? `drill ${catalog.drillById.get(pick.drill)?.title}` : ''].filter(Boolean).join(' · ')}
            </Text>
          </Box>
        ) : null}
      </Box>
    ) : (
      <Text>Nothing left on the table: every competency is mastered.</Text>
    );
  } else if (section === 'mock exams') {
    body = data.exams.length ? (
      <Box flexDirection="column">
        {data.exams
          .slice(-Math.max(3, rows - 8))
          .reverse()
          .map((e) => (
            <Text key={e.id}>
              <Text color={theme.dim}>{`${e.finishedAt.slice(0, 16).replace('T', ' ')}  `}</Text>
              <Text bold color={e.passed ? theme.ok : theme.bad}>{`${String(e.percent).padStart(3)} %`}</Text>
              <Text>{`  ${e.passed ? 'pass' : 'fail'}${e.practice ? ' (practice)' : ''}  `}</Text>
              <Text color={theme.dim}>
                {Object.entries(e.domains)
                  .map(([id, p]) => `${DOMAINS.find((d) => d.id === id)?.short ?? id} ${p}`)
                  .join(' · ')}
              </Text>
            </Text>
          ))}
      </Box>
    ) : (
      <Text>No mock exam yet. In the last week of the plan, sit two: :exam</Text>
    );
  } else {
    body = (
      <Box flexDirection="column">
        {EXAM_DAY_CHECKLIST.map((c) => (
          <Text key={c.topic}>
            <Text>{'☐ '}</Text>
            <Text bold>{`${c.topic}: `}</Text>
            <Text>{c.text}</Text>
          </Text>
        ))}
      </Box>
    );
  }

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold>Readiness </Text>
        <Text bold color={verdictColor}>
          {r.readiness}
        </Text>
        <Text>{` / 100 · pass line ${r.passLine} · `}</Text>
        <Text color={verdictColor}>{r.verdict}</Text>
      </Text>
      {MODEL_EXPLANATION.map((line) => (
        <Text key={line} color={theme.dim}>
          {line}
        </Text>
      ))}
      <Box marginTop={1} columnGap={2}>
        {SECTIONS.map((s, i) => (
          <Text key={s} bold={s === section} color={s === section ? theme.accent : theme.dim} underline={s === section}>
            {`${i + 1} ${s}`}
          </Text>
        ))}
      </Box>
      <Box marginTop={1}>{body}</Box>
    </Box>
  );
}
