// The mock exam: the draw -> every task set up -> one clock for all tasks, free navigation, flags and a
// shell per task, checks hidden (shown in practice runs) -> scored at the end or at time-out -> each
// task's result and solution -> cleanup. The state is saved as it goes, so a crash resumes the exam.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Box, Text } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { guardTarget, resolveTarget } from '../../cluster/target.js';
import type { Drill } from '../../content/catalog.js';
import { domainById, PASS_PERCENT } from '../../content/domains.js';
import type { CheckResult } from '../../drills/checks/index.js';
import { drillProcessEnv, type DrillEnv } from '../../drills/runtime.js';
import { recordAttempt } from '../../drills/score.js';
import { checkExam, cleanupExam, environment, prepareEnvs, setupExam } from '../../exam/run.js';
import { describeShortfall, domainShares, selectTasks, seeded, type ExamPlan } from '../../exam/select.js';
import { examRecord, newExam, openTask, remainingMs, savedExam, scoreExam, taskAttempts, tick, toggleFlag, type ExamScore, type ExamState } from '../../exam/session.js';
import { MarkdownView, useRenderedMarkdown } from '../components/Markdown.js';
import { useApp, useKeys, useScreenActive } from '../context.js';
import { readingWidth } from '../markdown.js';
import { Checklist, formatClock } from '../drill/Checklist.js';
import type { Binding } from '../keys.js';
import { theme } from '../theme.js';

type Phase = 'intro' | 'setup' | 'running' | 'scoring' | 'result' | 'cleanup' | 'error';

interface Props {
  minutes: number;
  count: number;
  practice: boolean;
  seed?: number;
}

const SAVE_EVERY_MS = 5000;

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8').trim();
  } catch {
    return '';
  }
}

const briefOf = (drill: Drill) => readText(drill.dir, drill.brief);

function infoLine(drill: Drill, env: DrillEnv | undefined): string {
  const parts = [env?.target ? `Context: ${env.target.context}` : 'Files only'];
  if (drill.namespace) parts.push(`Namespace: ${drill.namespace}`);
  if (drill.requires.includes('lab')) parts.push('Node: control plane ($CKS_LAB_NODE_ROOT)');
  if (drill.requires.includes('files') || drill.workspace) parts.push(`Workspace: ${env?.paths.workspace ?? ''}`);
  return parts.join('   ');
}

export function ExamScreen(props: Props) {
  const { catalog, data, update, nav, notify, now, dataDir, contextFlag, suspend, rows, columns } = useApp();
  const active = useScreenActive();
  const saved = useMemo(() => savedExam(data.activeExam, catalog), [data.activeExam, catalog]);
  const [seed] = useState(() => props.seed ?? Math.floor(Math.random() * 2 ** 31));
  const env = useMemo(() => environment(dataDir, contextFlag), [dataDir, contextFlag]);
  const plan: ExamPlan = useMemo(() => selectTasks(catalog, { count: props.count, random: seeded(seed), canRun: env.canRun }), [catalog, props.count, seed, env]);
  const [phase, setPhase] = useState<Phase>('intro');
  const [exam, setExam] = useState<ExamState | undefined>(undefined);
  const [envs, setEnvs] = useState<Map<string, DrillEnv>>(new Map());
  const [progress, setProgress] = useState('');
  const [error, setError] = useState('');
  const [question, setQuestion] = useState<{ text: string; answer(yes: boolean): void } | undefined>(undefined);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [score, setScore] = useState<ExamScore | undefined>(undefined);
  const [showChecks, setShowChecks] = useState(false);
  const [liveChecks, setLiveChecks] = useState<Map<string, CheckResult[]>>(new Map());
  const [reviewing, setReviewing] = useState<number | undefined>(undefined);
  const examRef = useRef(exam);
  examRef.current = exam;

  const persist = useCallback((state: ExamState | null) => update((d) => void (d.activeExam = state)), [update]);

  const resolve = useCallback(async () => {
    const target = resolveTarget(dataDir, contextFlag);
    await guardTarget(target, {
      trusted: data.settings.trustedContexts,
      ask: (text) => new Promise<boolean>((done) => setQuestion({ text, answer: (yes) => (setQuestion(undefined), done(yes)) })),
      remember: (context) =>
        update((d) => {
          if (!d.settings.trustedContexts.includes(context)) d.settings.trustedContexts.push(context);
        }),
    });
    return target;
  }, [dataDir, contextFlag, data.settings.trustedContexts, update]);

  const begin = useCallback(
    async (state: ExamState) => {
      setExam(state);
      setPhase('setup');
      try {
        setProgress('checking what the tasks need …');
        const prepared = await prepareEnvs(catalog, state, dataDir, resolve);
        setEnvs(prepared);
        if (!state.ready) {
          await persist(state);
          await setupExam(catalog, state, prepared, (done, drill) => setProgress(`setting up task ${Math.min(done + 1, state.tasks.length)} of ${state.tasks.length}: ${drill.title}`));
          state = { ...state, ready: true };
          await persist(state);
        }
        setExam(state);
        setPhase('running');
      } catch (e) {
        setError((e as Error).message);
        setPhase('error');
      }
    },
    [catalog, dataDir, resolve, persist],
  );

  // One clock for the whole exam, charged to the open task and saved every few seconds.
  useEffect(() => {
    if (phase !== 'running') return undefined;
    let last = Date.now();
    let sinceSave = 0;
    const timer = setInterval(() => {
      const t = Date.now();
      const step = t - last;
      last = t;
      const current = examRef.current;
      if (!current) return;
      const next = tick(current, step);
      setExam(next);
      sinceSave += step;
      if (sinceSave >= SAVE_EVERY_MS) {
        sinceSave = 0;
        void persist(next);
      }
      if (remainingMs(next) === 0) void finish(next);
    }, 1000);
    return () => clearInterval(timer);
    // `finish` is the one from when the exam started running (its tasks' environments are set by then).
  }, [phase, persist]);

  const finish = useCallback(
    async (state: ExamState) => {
      setPhase('scoring');
      const results = await checkExam(catalog, state, envs);
      const result = scoreExam(state, catalog, results);
      setScore(result);
      const at = now();
      await update((d) => {
        d.exams.push(examRecord(state, result, at));
        for (const { drill, attempt } of taskAttempts(catalog, result, at)) recordAttempt(d, catalog.drillById.get(drill)!, attempt, at);
        d.activeExam = null;
      });
      setPhase('result');
    },
    [catalog, envs, now, update],
  );

  const leave = useCallback(async () => {
    if (exam && envs.size) {
      setPhase('cleanup');
      const failures = await cleanupExam(catalog, exam, envs);
      if (failures.length) notify(`cleanup left something behind: ${failures[0]}`);
    }
    nav.pop();
  }, [exam, envs, catalog, notify, nav]);

  const abandon = useCallback(async () => {
    const state = exam ?? saved;
    if (state) {
      setPhase('cleanup');
      const prepared = envs.size ? envs : await prepareEnvs(catalog, state, dataDir, resolve).catch(() => new Map<string, DrillEnv>());
      await cleanupExam(catalog, state, prepared);
    }
    await persist(null);
    nav.pop();
  }, [exam, saved, envs, catalog, dataDir, resolve, persist, nav]);

  const current = exam ? catalog.drillById.get(exam.tasks[exam.current]!.drill)! : undefined;
  const currentEnv = current ? envs.get(current.id) : undefined;
  const width = readingWidth(columns);
  const brief = useRenderedMarkdown(current ? briefOf(current) : '', width);
  const reviewed = phase === 'result' && score && reviewing !== undefined ? catalog.drillById.get(score.tasks[reviewing]!.drill) : undefined;
  const reviewText = useRenderedMarkdown(reviewed ? `${readText(reviewed.dir, reviewed.solution.text)}\n\n**Why:** ${reviewed.explanation}` : '', width);

  const openShell = useCallback(() => {
    if (!current || !currentEnv || !suspend) return;
    const processEnv = drillProcessEnv(current, currentEnv);
    suspend(() => {
      process.stdout.write(`\ncks-tutor: a shell for this task (${infoLine(current, currentEnv)}).\nThe exam clock keeps running; type exit to go back.\n\n`);
      spawnSync(process.env.SHELL || '/bin/bash', [], { stdio: 'inherit', cwd: currentEnv.paths.workspace, env: processEnv });
    });
  }, [current, currentEnv, suspend]);

  const peek = useCallback(async () => {
    if (!exam || !exam.practice) return;
    setShowChecks((s) => !s);
    setLiveChecks(await checkExam(catalog, exam, envs));
  }, [exam, catalog, envs]);

  const bindings: Binding[] = [];
  if (question) {
    bindings.push({ keys: ['y'], label: 'yes', run: () => question.answer(true) }, { keys: ['n', 'esc'], show: 'n', label: 'no', run: () => question.answer(false) });
  } else if (confirmEnd) {
    bindings.push({ keys: ['y'], label: 'end and score', run: () => (setConfirmEnd(false), void finish(exam!)) }, { keys: ['n', 'esc'], show: 'n', label: 'keep going', run: () => setConfirmEnd(false) });
  } else if (phase === 'intro') {
    if (saved) {
      bindings.push({ keys: ['enter'], label: 'resume', run: () => void begin(saved) }, { keys: ['A'], label: 'abandon it', run: () => void abandon() });
    } else if (plan.tasks.length) {
      bindings.push({ keys: ['enter'], label: 'set up and start', run: () => void begin(newExam(plan.tasks, props.minutes, props.practice, now())) });
    }
  } else if (phase === 'running' && exam) {
    bindings.push(
      { keys: ['j', 'down'], show: 'j/k', label: 'task', run: () => setExam((e) => e && openTask(e, e.current + 1)) },
      { keys: ['k', 'up'], label: 'previous', hidden: true, run: () => setExam((e) => e && openTask(e, e.current - 1)) },
      { keys: ['f'], label: exam.tasks[exam.current]!.flagged ? 'unflag' : 'flag', run: () => setExam((e) => e && toggleFlag(e)) },
    );
    if (suspend) bindings.push({ keys: ['s'], label: 'shell', run: openShell });
    if (exam.practice) bindings.push({ keys: ['c'], label: showChecks ? 'hide checks' : 'checks', run: () => void peek() });
    bindings.push({ keys: ['E'], label: 'end exam', run: () => setConfirmEnd(true) });
  } else if (phase === 'result' && score) {
    bindings.push(
      { keys: ['j', 'down'], show: 'j/k', label: 'task', run: () => setReviewing((r) => Math.min(score.tasks.length - 1, (r ?? -1) + 1)) },
      { keys: ['k', 'up'], label: 'previous', hidden: true, run: () => setReviewing((r) => Math.max(0, (r ?? 1) - 1)) },
      { keys: ['enter', 'esc'], show: 'enter', label: 'clean up and back', run: () => void leave() },
    );
  } else if (phase === 'error') {
    bindings.push({ keys: ['esc'], label: 'clean up and back', run: () => void abandon() });
  }
  useKeys(active ? bindings : []);

  const height = Math.max(6, rows - 8);
  return (
    <Box flexDirection="column" paddingX={1}>
      {question ? (
        <Box borderStyle="round" borderColor={theme.warn} paddingX={1}>
          <Text>{question.text}</Text>
        </Box>
      ) : null}
      {confirmEnd ? <Text color={theme.warn}>End the exam now and score every task?</Text> : null}
      {phase === 'intro' ? (
        saved ? (
          <Box flexDirection="column">
            <Text bold>A mock exam is in progress</Text>
            <Text>{`Started ${new Date(saved.startedAt).toLocaleString()}, ${saved.tasks.length} task${saved.tasks.length === 1 ? '' : 's'}, ${formatClock(remainingMs(saved) / 1000)} left on its clock.`}</Text>
            <Text color={theme.dim}>Resume it where it stopped, or abandon it (everything it set up is cleaned up).</Text>
          </Box>
        ) : (
          <Box flexDirection="column">
            <Text bold>{props.practice ? 'Practice exam' : 'Mock exam'}</Text>
            <Text>{`${plan.tasks.length} tasks, ${props.minutes} minutes, pass at ${PASS_PERCENT} %. Checks stay hidden until the end${props.practice ? ' (c shows them in practice)' : ''}.`}</Text>
            <Text color={theme.dim}>{`Drawn for ${env.describe} (seed ${seed}). Every task is set up before the clock starts.`}</Text>
            {/* Per domain, not per task: the tasks themselves stay unseen until the clock starts. */}
            <Box flexDirection="column" marginTop={1}>
              {domainShares(plan.tasks).map((s) => (
                <Text key={s.domain}>{`${domainById(s.domain).title.padEnd(41)}${String(s.tasks).padStart(2)} task${s.tasks === 1 ? ' ' : 's'}  ${String(s.weight).padStart(3)} %`}</Text>
              ))}
            </Box>
            {plan.shortfalls.map((s) => (
              <Text key={s.domain} color={theme.warn}>
                {describeShortfall(s)}
              </Text>
            ))}
            {plan.tasks.length === 0 ? <Text color={theme.bad}>No drill can run here. Start the lab with cks-tutor lab up.</Text> : null}
          </Box>
        )
      ) : null}
      {phase === 'setup' || phase === 'scoring' || phase === 'cleanup' ? <Text color={theme.dim}>{phase === 'setup' ? progress : phase === 'scoring' ? 'Checking every task …' : 'Cleaning up every task …'}</Text> : null}
      {phase === 'error' ? <Text color={theme.bad}>{error}</Text> : null}
      {phase === 'running' && exam && current ? (
        <Box flexDirection="column">
          <Text>
            <Text bold color={remainingMs(exam) < 10 * 60_000 ? theme.bad : theme.accent}>
              {formatClock(remainingMs(exam) / 1000)}
            </Text>
            <Text color={theme.dim}>{` left   visited ${exam.tasks.filter((t) => t.visited).length}/${exam.tasks.length}   flagged ${exam.tasks.filter((t) => t.flagged).length}   `}</Text>
            <Text>{exam.tasks.map((t, i) => (i === exam.current ? '▣' : t.flagged ? '⚑' : t.visited ? '■' : '□')).join('')}</Text>
          </Text>
          <Box marginTop={1} flexDirection="column" borderStyle="single" borderColor={theme.dim} paddingX={1}>
            <Text bold>{`Task ${exam.current + 1} of ${exam.tasks.length}   weight ${exam.tasks[exam.current]!.weight} %${exam.tasks[exam.current]!.flagged ? '   ⚑ flagged' : ''}`}</Text>
            <Text color={theme.accent}>{infoLine(current, currentEnv)}</Text>
          </Box>
          <Box marginTop={1}>
            <MarkdownView lines={brief} top={0} height={height - 6} />
          </Box>
          {exam.practice && showChecks ? (
            <Box marginTop={1}>
              <Checklist checks={current.checks} results={liveChecks.get(current.id) ?? []} showMessages={false} />
            </Box>
          ) : null}
        </Box>
      ) : null}
      {phase === 'result' && score ? (
        <Box flexDirection="column">
          <Text>
            <Text bold color={score.passed ? theme.ok : theme.bad}>{`${score.percent} %`}</Text>
            <Text>{`  ${score.passed ? 'passed' : 'not passed'} (pass line ${PASS_PERCENT} %)`}</Text>
          </Text>
          <Text color={theme.dim}>
            {Object.entries(score.domains)
              .map(([d, p]) => `${domainById(d as Parameters<typeof domainById>[0]).short} ${p} %`)
              .join('   ')}
          </Text>
          <Box marginTop={1} flexDirection="column">
            {score.tasks.slice(0, Math.max(3, height - 10)).map((t, i) => (
              <Text key={t.drill} color={i === reviewing ? theme.accent : undefined}>
                {`${i === reviewing ? '›' : ' '} ${String(i + 1).padStart(2)}. ${String(Math.round(100 * t.share)).padStart(3)} % of ${String(t.weight).padStart(2)}  ${formatClock(t.seconds)}  ${catalog.drillById.get(t.drill)!.title}`}
              </Text>
            ))}
          </Box>
          {reviewed && reviewing !== undefined ? <TaskReview drill={reviewed} checks={score.tasks[reviewing]!.checks} text={reviewText} lines={Math.max(4, height - score.tasks.length - 6)} /> : null}
        </Box>
      ) : null}
    </Box>
  );
}

function TaskReview({ drill, checks, text, lines }: { drill: Drill; checks: CheckResult[]; text: string[]; lines: number }) {
  return (
    <Box flexDirection="column" marginTop={1} borderStyle="single" borderColor={theme.dim} paddingX={1}>
      <Checklist checks={drill.checks} results={checks} showMessages />
      <MarkdownView lines={text} top={0} height={lines} />
    </Box>
  );
}
