// One drill, start to finish: preflight -> setup -> brief -> the clock and the live checklist -> the
// result with the solution -> cleanup. Cluster work goes through src/drills; this screen only drives it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Box, Text } from 'ink';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { guardTarget, resolveTarget } from '../../cluster/target.js';
import type { Drill } from '../../content/catalog.js';
import { domainById } from '../../content/domains.js';
import { cleanup, drillProcessEnv, preflight, setup, type DrillEnv } from '../../drills/runtime.js';
import { checkShare, recordAttempt, scoreAttempt } from '../../drills/score.js';
import type { DrillAttempt } from '../../store/schema.js';
import { MarkdownView, useRenderedMarkdown } from '../components/Markdown.js';
import { useApp, useKeys, useScreenActive } from '../context.js';
import { readingWidth } from '../markdown.js';
import type { Binding } from '../keys.js';
import { theme } from '../theme.js';
import { Checklist, formatClock } from './Checklist.js';
import { useLiveChecks } from './useLiveChecks.js';

type Phase = 'preflight' | 'blocked' | 'setup' | 'brief' | 'running' | 'result' | 'cleanup' | 'error';

interface Question {
  text: string;
  answer(yes: boolean): void;
}

function readText(drill: Drill, file: string): string {
  try {
    return readFileSync(join(drill.dir, file), 'utf8').trim();
  } catch {
    return '';
  }
}

/** A pane of rendered lines that scrolls with j/k when it is taller than the room it has. */
function useScroll(lines: readonly string[], height: number, enabled: boolean): { view: ReactNode; bindings: Binding[] } {
  const [top, setTop] = useState(0);
  const max = Math.max(0, lines.length - height);
  const clamped = Math.min(top, max);
  const bindings: Binding[] =
    enabled && max > 0
      ? [
          { keys: ['j', 'down'], show: 'j/k', label: 'scroll', run: () => setTop((t) => Math.min(max, t + 1)) },
          { keys: ['k', 'up'], label: 'up', hidden: true, run: () => setTop((t) => Math.max(0, t - 1)) },
          { keys: ['space', 'pagedown'], label: 'page', hidden: true, run: () => setTop((t) => Math.min(max, t + height)) },
        ]
      : [];
  return { view: <MarkdownView lines={lines} top={clamped} height={height} />, bindings };
}

export function DrillRunner({ id }: { id: string }) {
  const app = useApp();
  const { catalog, data, update, nav, notify, now, dataDir, contextFlag, suspend, rows } = app;
  const active = useScreenActive();
  const drill = catalog.drillById.get(id);
  const [phase, setPhase] = useState<Phase>('preflight');
  const [env, setEnv] = useState<DrillEnv | undefined>(undefined);
  const [reasons, setReasons] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [question, setQuestion] = useState<Question | undefined>(undefined);
  const [startedAt, setStartedAt] = useState<number | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const [hints, setHints] = useState(0);
  const [attempt, setAttempt] = useState<DrillAttempt | undefined>(undefined);
  const [showSolution, setShowSolution] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const live = useLiveChecks(drill!, env, phase === 'running');
  const needsCleanup = useRef(false);
  const trusted = useRef(data.settings.trustedContexts);
  trusted.current = data.settings.trustedContexts;

  const prepare = useCallback(async () => {
    if (!drill) return;
    setPhase('preflight');
    const result = await preflight(drill, dataDir, async () => {
      const target = resolveTarget(dataDir, contextFlag);
      await guardTarget(target, {
        trusted: trusted.current,
        ask: (text) => new Promise<boolean>((resolve) => setQuestion({ text, answer: (yes) => (setQuestion(undefined), resolve(yes)) })),
        remember: (context) =>
          update((d) => {
            if (!d.settings.trustedContexts.includes(context)) d.settings.trustedContexts.push(context);
          }),
      });
      return target;
    });
    setEnv(result.env);
    if (!result.ok) {
      setReasons(result.reasons);
      setPhase('blocked');
      return;
    }
    setPhase('setup');
    try {
      needsCleanup.current = true;
      await setup(drill, result.env);
      setPhase('brief');
    } catch (e) {
      setError((e as Error).message);
      setPhase('error');
    }
  }, [drill, dataDir, contextFlag, update]);

  // Once per visit: a re-render (a resize, the terminal coming back from the shell) must not set up again.
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;
  useEffect(() => {
    void prepareRef.current();
  }, []);

  // Leaving the screen any other way still cleans up what setup created.
  const envRef = useRef(env);
  envRef.current = env;
  useEffect(
    () => () => {
      if (drill && envRef.current && needsCleanup.current) void cleanup(drill, envRef.current).catch(() => {});
    },
    [drill],
  );

  useEffect(() => {
    if (phase !== 'running') return undefined;
    const timer = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(timer);
  }, [phase]);

  const elapsed = startedAt ? (Date.now() - startedAt) / 1000 : 0;
  void tick;

  const finish = useCallback(
    async (gaveUp: boolean) => {
      if (!drill || !startedAt) return;
      const share = checkShare(drill.checks, new Set(live.results.filter((r) => r.passed).map((r) => r.id)));
      const result = scoreAttempt(drill, { seconds: (Date.now() - startedAt) / 1000, hintsUsed: hints, gaveUp, checksPassed: share.passed, checksTotal: share.total }, now());
      setAttempt(result);
      setShowSolution(gaveUp);
      setPhase('result');
      await update((d) => recordAttempt(d, drill, result, now()));
    },
    [drill, startedAt, live.results, hints, now, update],
  );

  const leave = useCallback(
    async (again: boolean) => {
      if (!drill || !env) return nav.pop();
      setPhase('cleanup');
      try {
        await cleanup(drill, env);
        needsCleanup.current = false;
      } catch (e) {
        notify(`cleanup of ${drill.id} failed: ${(e as Error).message} (run cks-tutor drill cleanup ${drill.id})`);
      }
      if (!again) return nav.pop();
      setHints(0);
      setAttempt(undefined);
      setStartedAt(undefined);
      void prepare();
    },
    [drill, env, nav, notify, prepare],
  );

  const openShell = useCallback(() => {
    if (!drill || !env || !suspend) return;
    const shell = process.env.SHELL || '/bin/bash';
    const processEnv = drillProcessEnv(drill, env);
    suspend(() => {
      const where = [env.target ? `context ${env.target.context}` : undefined, drill.namespace ? `namespace ${drill.namespace}` : undefined, `workspace ${env.paths.workspace}`].filter(Boolean).join(', ');
      process.stdout.write(`\ncks-tutor: a shell for drill ${drill.id} (${where}).\nThe clock keeps running; type exit to go back to the checklist.\n\n`);
      spawnSync(shell, [], { stdio: 'inherit', cwd: env.paths.workspace, env: { ...processEnv, CKS_TUTOR_DRILL: drill.id } });
    });
    live.recheck();
  }, [drill, env, suspend, live]);

  const width = readingWidth(app.columns);
  const brief = useRenderedMarkdown(drill ? readText(drill, drill.brief) : '', width);
  const solution = useRenderedMarkdown(
    drill ? `${readText(drill, drill.solution.text)}\n\n**Why:** ${drill.explanation}\n\n**Lesson:** ${catalog.lessonById.get(drill.lesson)?.title ?? drill.lesson}` : '',
    width,
  );
  const paneHeight = Math.max(4, rows - 10);
  const briefScroll = useScroll(brief, Math.max(3, rows - 12), phase === 'brief');
  const solutionScroll = useScroll(solution, paneHeight, phase === 'result' && showSolution);

  const bindings: Binding[] = [];
  if (question) {
    bindings.push({ keys: ['y'], label: 'yes', run: () => question.answer(true) }, { keys: ['n', 'esc'], show: 'n', label: 'no', run: () => question.answer(false) });
  } else if (confirmLeave) {
    bindings.push(
      { keys: ['y'], label: 'leave and clean up', run: () => (setConfirmLeave(false), void leave(false)) },
      { keys: ['n', 'esc'], show: 'n', label: 'stay', run: () => setConfirmLeave(false) },
    );
  } else if (phase === 'brief') {
    bindings.push({ keys: ['enter'], label: 'start the clock', run: () => (setStartedAt(Date.now()), setPhase('running')) }, ...briefScroll.bindings, { keys: ['esc'], label: 'back', run: () => void leave(false) });
  } else if (phase === 'running') {
    const allGreen = live.results.length === drill!.checks.length && live.results.every((r) => r.passed);
    if (suspend) bindings.push({ keys: ['s'], label: 'shell', run: openShell });
    bindings.push({ keys: ['r'], label: 're-check', run: live.recheck });
    if (hints < drill!.hints.length) bindings.push({ keys: ['h'], label: `hint ${hints + 1}/${drill!.hints.length}`, run: () => setHints((h) => h + 1) });
    bindings.push({ keys: ['g'], label: 'give up', run: () => void finish(true) });
    if (allGreen) bindings.push({ keys: ['n'], label: 'done: next', run: () => void finish(false) });
    bindings.push({ keys: ['esc'], label: 'leave', run: () => setConfirmLeave(true) });
  } else if (phase === 'result') {
    bindings.push(
      { keys: ['v'], label: showSolution ? 'hide solution' : 'solution', run: () => setShowSolution((s) => !s) },
      ...solutionScroll.bindings,
      { keys: ['R'], label: 'reset and try again', run: () => void leave(true) },
      { keys: ['enter', 'esc'], show: 'enter', label: 'clean up and back', run: () => void leave(false) },
    );
  } else if (phase === 'blocked' || phase === 'error') {
    bindings.push({ keys: ['r'], label: 'retry', run: () => void prepare() }, { keys: ['esc'], label: 'back', run: () => void leave(false) });
  }
  useKeys(active ? bindings : []);

  if (!drill) return <Text color={theme.bad}>{` No drill ${id}.`}</Text>;
  const domain = domainById(drill.domain);
  const target = env?.target ? env.target.context : drill.requires.includes('files') ? 'files only' : '…';

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{drill.title}</Text>
      <Text color={theme.dim}>{`${domain.title} · target ${drill.minutes} min · context ${target}${drill.namespace ? ` · namespace ${drill.namespace}` : ''}`}</Text>
      {question ? (
        <Box marginTop={1} borderStyle="round" borderColor={theme.warn} paddingX={1}>
          <Text>{question.text}</Text>
        </Box>
      ) : null}
      {confirmLeave ? <Text color={theme.warn}>Leave the drill? It is cleaned up and the attempt is not recorded.</Text> : null}
      <Box marginTop={1} flexDirection="column">
        {phase === 'preflight' ? <Text color={theme.dim}>Checking what this drill needs …</Text> : null}
        {phase === 'setup' ? <Text color={theme.dim}>Setting the drill up …</Text> : null}
        {phase === 'cleanup' ? <Text color={theme.dim}>Cleaning up …</Text> : null}
        {phase === 'blocked' ? (
          <Box flexDirection="column">
            <Text color={theme.bad}>This drill cannot run here:</Text>
            {reasons.map((r) => (
              <Text key={r}>{`  - ${r}`}</Text>
            ))}
          </Box>
        ) : null}
        {phase === 'error' ? <Text color={theme.bad}>{error}</Text> : null}
        {phase === 'brief' ? (
          <Box flexDirection="column">
            {briefScroll.view}
            <Box marginTop={1}>
              <Text color={theme.accent}>Press enter to start the clock. Work in your own shell (s opens one) and watch the checklist.</Text>
            </Box>
          </Box>
        ) : null}
        {phase === 'running' ? (
          <Box flexDirection="column">
            <Text>
              <Text bold color={elapsed > drill.minutes * 60 ? theme.bad : theme.accent}>
                {formatClock(elapsed)}
              </Text>
              <Text color={theme.dim}>{` / ${formatClock(drill.minutes * 60)}`}</Text>
              <Text color={live.unreachable ? theme.warn : theme.dim}>{live.unreachable ? '   cluster unreachable, retrying' : live.checking ? '   checking …' : ''}</Text>
            </Text>
            <Box marginTop={1} flexDirection="column">
              <Checklist checks={drill.checks} results={live.results} showMessages={hints > 0} />
            </Box>
            {drill.hints.slice(0, hints).map((h, i) => (
              <Text key={h} color={theme.warn}>{`hint ${i + 1}: ${h}`}</Text>
            ))}
            <Box marginTop={1}>
              <Text color={theme.dim}>{env?.paths.workspace ? `workspace ${env.paths.workspace}` : ''}</Text>
            </Box>
          </Box>
        ) : null}
        {phase === 'result' && attempt ? (
          <Box flexDirection="column">
            <Text>
              <Text bold color={attempt.passed ? theme.ok : theme.bad}>
                {attempt.gaveUp ? 'Given up' : attempt.passed ? 'Passed' : 'Not all checks pass'}
              </Text>
              <Text>{`   score ${attempt.score}   time ${formatClock(attempt.seconds)} / ${formatClock(attempt.targetSeconds)}   checks ${attempt.checksPassed}/${attempt.checksTotal}   hints ${attempt.hintsUsed}`}</Text>
            </Text>
            {!attempt.passed || attempt.hintsUsed ? <Text color={theme.dim}>The cards linked to this drill are due again.</Text> : null}
            {showSolution ? (
              <Box marginTop={1}>{solutionScroll.view}</Box>
            ) : (
              <Box marginTop={1}>
                <Checklist checks={drill.checks} results={live.results} showMessages />
              </Box>
            )}
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
