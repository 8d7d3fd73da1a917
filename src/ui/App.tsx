// The shell of the TUI: a stack of screens under a header, a status/command line and a key bar.
// Input flows through one handler: a text field that captured the keyboard, else the screen's own
// bindings, else the global keys (? : esc q).
import { Box, Text, useApp as useInkApp, useInput, useStdin, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Catalog } from '../content/catalog.js';
import { daysBetween, localDay } from '../learning/dates.js';
import type { StoreData } from '../store/schema.js';
import { Header } from './components/Header.js';
import { hintsOf, KeyBar, type KeyHint } from './components/KeyBar.js';
import { LineInput } from './components/LineInput.js';
import { AppContext, ScreenActiveContext, type AppServices, type InputHandler } from './context.js';
import { bindingsSignature, findBinding, keyName, type Binding } from './keys.js';
import { routeForCommand, SELF_SIZED, type Route } from './routes.js';
import { DrillList } from './drill/DrillList.js';
import { DrillRunner } from './drill/DrillRunner.js';
import { ExamScreen } from './exam/ExamScreen.js';
import { Help } from './screens/Help.js';
import { Home } from './screens/Home.js';
import { LessonReader } from './screens/Lesson.js';
import { Lessons, Modules } from './screens/Modules.js';
import { Plan } from './screens/Plan.js';
import { Progress } from './screens/Progress.js';
import { Quiz } from './screens/Quiz.js';
import { Review } from './screens/Review.js';
import { Search } from './screens/Search.js';
import { Today } from './screens/Today.js';
import { theme } from './theme.js';

export interface AppProps {
  catalog: Catalog;
  initialData: StoreData;
  update(change: (data: StoreData) => StoreData | void): Promise<StoreData>;
  dataDir: string;
  initialRoute?: Route;
  /** Resolved after the first frame, so start-up never waits on reading kubeconfigs. */
  clusterContext?: () => string | undefined;
  notices?: string[];
  now?: () => Date;
  /** Hands the terminal to a program run synchronously (the learner's shell); absent in tests. */
  suspend?: (program: () => void) => void;
  /** The --context flag, for drills. */
  contextFlag?: string;
}

const TITLES: Record<Route['name'], string> = {
  home: 'home',
  help: 'help',
  modules: 'learn',
  lessons: 'learn',
  lesson: 'learn',
  search: 'search',
  review: 'review',
  quiz: 'quiz',
  drills: 'drills',
  drill: 'drill',
  exam: 'mock exam',
  today: 'today',
  plan: 'plan',
  progress: 'progress',
};

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'help':
      return <Help />;
    case 'modules':
      return <Modules />;
    case 'lessons':
      return <Lessons module={route.module} />;
    case 'lesson':
      return <LessonReader id={route.id} line={route.line} query={route.query} />;
    case 'search':
      return <Search query={route.query} />;
    case 'review':
      return <Review domain={route.domain} module={route.module} lesson={route.lesson} />;
    case 'quiz':
      return <Quiz domain={route.domain} module={route.module} />;
    case 'drills':
      return <DrillList domain={route.domain} />;
    case 'drill':
      return <DrillRunner id={route.id} />;
    case 'exam':
      return <ExamScreen minutes={route.minutes} count={route.count} practice={route.practice} seed={route.seed} />;
    case 'today':
      return <Today />;
    case 'plan':
      return <Plan />;
    case 'progress':
      return <Progress />;
  }
}

export function App(props: AppProps) {
  const { exit } = useInkApp();
  const { stdout } = useStdout();
  const { isRawModeSupported } = useStdin();
  const now = props.now ?? defaultNow;
  const [stack, setStack] = useState<Route[]>(() => (props.initialRoute && props.initialRoute.name !== 'home' ? [{ name: 'home' }, props.initialRoute] : [{ name: 'home' }]));
  const [data, setData] = useState(props.initialData);
  const [status, setStatus] = useState<string | undefined>(props.notices?.join(' '));
  const [command, setCommand] = useState<string | undefined>(undefined);
  // Input goes to a text field while one holds the keyboard; a ref, so the handler Ink holds (which
  // may be one render old) always routes to the current owner.
  const captureRef = useRef<InputHandler | null>(null);
  const [captured, setCaptured] = useState(false);
  const capture = useCallback((handler: InputHandler | null) => {
    captureRef.current = handler;
    setCaptured(handler !== null);
  }, []);
  const [context, setContext] = useState<string | undefined>(undefined);
  const [size, setSize] = useState({ rows: stdout.rows || 24, columns: stdout.columns || 80 });
  const screenKeys = useRef<Binding[]>([]);
  const [hints, setHints] = useState<KeyHint[]>([]);
  /** Keys the screen binds, so global hints for the same keys step aside. */
  const [taken, setTaken] = useState<string[]>([]);
  const signature = useRef('');

  useEffect(() => {
    const onResize = () => setSize({ rows: stdout.rows || 24, columns: stdout.columns || 80 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  useEffect(() => {
    const timer = setTimeout(() => setContext(props.clusterContext?.()), 0);
    return () => clearTimeout(timer);
  }, [props.clusterContext]);

  const registerKeys = useCallback((bindings: Binding[]) => {
    screenKeys.current = bindings;
    const sig = bindingsSignature(bindings);
    if (sig !== signature.current) {
      signature.current = sig;
      setHints(hintsOf(bindings));
      setTaken(bindings.flatMap((b) => b.keys));
    }
  }, []);

  const nav = useMemo(
    () => ({
      push: (route: Route) => setStack((s) => [...s, route]),
      pop: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
      replace: (route: Route) => setStack((s) => [...s.slice(0, -1), route]),
      depth: stack.length,
    }),
    [stack.length],
  );

  const update = props.update;
  // Stable, so screens can depend on it without re-running their effects on every render.
  const updateStore = useCallback(
    async (change: (data: StoreData) => StoreData | void) => {
      try {
        setData(await update(change));
      } catch (e) {
        setStatus((e as Error).message);
      }
    },
    [update],
  );
  const services: AppServices = useMemo(
    () => ({
      catalog: props.catalog,
      data,
      update: updateStore,
      now,
      dataDir: props.dataDir,
      clusterContext: context,
      nav,
      notify: setStatus,
      capture,
      registerKeys,
      contextFlag: props.contextFlag,
      suspend: props.suspend
        ? (program: () => void) => {
            props.suspend!(program);
            // Ink only draws what changed; after the terminal was handed away, draw everything again.
            setSize((s) => ({ ...s }));
          }
        : undefined,
      rows: size.rows - 5,
      columns: size.columns,
    }),
    [props.catalog, data, updateStore, now, props.dataDir, context, nav, registerKeys, capture, size, props.contextFlag, props.suspend],
  );

  const route = stack[stack.length - 1]!;
  const runCommand = (text: string) => {
    setCommand(undefined);
    const name = text.trim().replace(/^:/, '');
    if (!name) return;
    if (name === 'q' || name === 'quit') return exit();
    const target = routeForCommand(name);
    if (target) setStack((s) => [...s, target]);
    else setStatus(`unknown command :${name}; press ? for the list`);
  };

  const dispatch = (name: string) => {
    const binding = findBinding(screenKeys.current, name);
    if (binding) return binding.run();
    if (name === '?') return setStack((s) => (s[s.length - 1]!.name === 'help' ? s : [...s, { name: 'help' }]));
    if (name === ':') return setCommand('');
    if (name === 'esc') return nav.pop();
    if (name === 'q') return exit();
  };

  useInput(
    (input, key) => {
      if (captureRef.current) return captureRef.current(input, key);
      setStatus(undefined);
      // Keys typed faster than a frame (or pasted) arrive as one chunk: take them one at a time.
      if (input.length > 1 && !key.ctrl && !key.meta) {
        for (const ch of input) dispatch(ch === '\r' ? 'enter' : ch === ' ' ? 'space' : ch);
        return;
      }
      dispatch(keyName(input, key));
    },
    { isActive: isRawModeSupported === true },
  );

  const today = localDay(now());
  const daysToExam = data.settings.examDate ? daysBetween(today, data.settings.examDate) : null;
  const globalHints: KeyHint[] = [
    { show: '?', label: 'help' },
    { show: ':', label: 'command' },
    ...(stack.length > 1 ? [{ show: 'esc', label: 'back' }] : []),
    { show: 'q', label: 'quit' },
  ];
  const shownHints =
    command !== undefined ? [{ show: 'enter', label: 'run' }, { show: 'esc', label: 'cancel' }] : captured ? hints : [...hints, ...globalHints.filter((g) => !taken.includes(g.show))];

  return (
    <AppContext.Provider value={services}>
      <Box flexDirection="column" height={size.rows - 1} width={size.columns}>
        <Header daysToExam={daysToExam} context={context} title={TITLES[route.name]} />
        {stack.map((r, i) => (
          <Box key={`${i}-${r.name}`} display={i === stack.length - 1 ? 'flex' : 'none'} flexGrow={1} flexDirection="column" overflow="hidden">
            <ScreenActiveContext.Provider value={i === stack.length - 1}>
              {/* Yoga shrinks text below its height and draws lines over each other: a screen is cut instead. */}
              <Box flexDirection="column" flexGrow={1} flexShrink={SELF_SIZED.has(r.name) ? 1 : 0}>
                <Screen route={r} />
              </Box>
            </ScreenActiveContext.Provider>
          </Box>
        ))}
        <Box paddingX={1}>
          {command !== undefined ? (
            <LineInput prompt=":" value={command} active onChange={setCommand} onSubmit={runCommand} onCancel={() => setCommand(undefined)} />
          ) : (
            <Text color={theme.warn}>{status ?? ' '}</Text>
          )}
        </Box>
        <KeyBar hints={shownHints} />
      </Box>
    </AppContext.Provider>
  );
}

function defaultNow(): Date {
  return new Date();
}
