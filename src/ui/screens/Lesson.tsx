// The lesson reader: the rendered lesson under a two-line header, scrolled by line or page, resuming
// where the learner left it. From here: mark it done, its cards, its drills, and search across lessons.
import { Box, measureElement, Text, type DOMElement } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { activeSeconds, openLesson, saveReading, toggleDone } from '../../learning/lessonProgress.js';
import { matchingLines } from '../../learning/lessonSearch.js';
import { MarkdownView, useRenderedLesson } from '../components/Markdown.js';
import { useSelectList } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import type { Binding } from '../keys.js';
import { readingWidth, READER_MARGIN } from '../markdown.js';
import { theme } from '../theme.js';

/** Lines of context kept above a search hit when jumping to it. */
const ABOVE_HIT = 3;
/** Scrolling saves the position at most this often; leaving the lesson always saves it. */
const SAVE_EVERY_MS = 2000;

interface ReaderProps {
  id: string;
  line?: number;
  query?: string;
}

/** One reader per lesson: its scroll position and reading time never carry over to another lesson. */
export function LessonReader(props: ReaderProps) {
  return <Reader key={props.id} {...props} />;
}

function Reader({ id, line, query }: ReaderProps) {
  const app = useApp();
  const { catalog, data, nav, rows, columns, notify } = app;
  const lesson = catalog.lessonById.get(id);
  const module = catalog.modules.find((m) => m.id === lesson?.module);
  const { rendered, error } = useRenderedLesson(lesson, readingWidth(columns));
  // The text gets whatever the header, footer and key bar leave: measured after each layout.
  const textBox = useRef<DOMElement>(null);
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  useEffect(() => {
    const measure = () => {
      const h = textBox.current ? measureElement(textBox.current).height : 0;
      if (h > 0) setMeasured((m) => (m === h ? m : h));
    };
    measure();
    // Ink lays out on its own (throttled) schedule, so a key bar that just grew a line shows later.
    const again = setTimeout(measure, 50);
    return () => clearTimeout(again);
  });
  const height = Math.max(3, measured ?? rows - 4);
  const [top, setTop] = useState(() => (line !== undefined ? Math.max(0, line - ABOVE_HIT) : (data.lessons[id]?.position ?? 0)));
  const [mark, setMark] = useState(line);
  const [drillsOpen, setDrillsOpen] = useState(false);
  const total = rendered?.lines.length ?? 0;
  const maxTop = Math.max(0, total - height);
  const at = Math.min(top, maxTop);
  const hits = useMemo(() => (rendered && query ? matchingLines(rendered.plain, query) : []), [rendered, query]);
  const progress = useReadingProgress(id, rendered ? at : undefined);
  const drills = catalog.drillsByLesson.get(id) ?? [];
  const cards = catalog.cardsByLesson.get(id) ?? [];
  const status = data.lessons[id]?.status;

  const drillList = useSelectList({
    items: drills.map((d) => ({
      key: d.id,
      text: d.title,
      render: (selected: boolean) => (
        <Text>
          <Text color={theme.ok}>{data.drills[d.id]?.some((a) => a.passed) ? '✓ ' : '  '}</Text>
          <Text bold={selected}>{d.title}</Text>
          <Text color={theme.dim}>{`  ${d.minutes} min`}</Text>
        </Text>
      ),
    })),
    height: height - 2,
    onOpen: (d) => nav.push({ name: 'drill', id: d.key }),
    openLabel: 'start drill',
  });

  const scrollTo = (next: number) => {
    progress.touch();
    setTop(Math.max(0, Math.min(maxTop, next)));
  };
  const jumpToHit = (direction: 1 | -1) => {
    const from = mark ?? at + ABOVE_HIT;
    const next = direction > 0 ? hits.find((h) => h > from) : [...hits].reverse().find((h) => h < from);
    if (next === undefined) return notify(`no ${direction > 0 ? 'later' : 'earlier'} match for “${query}” in this lesson`);
    setMark(next);
    scrollTo(next - ABOVE_HIT);
  };

  let bindings: Binding[] = [];
  if (drillsOpen) {
    bindings = [...drillList.bindings.filter((b) => !b.keys.includes('/')), { keys: ['esc', 'p'], show: 'esc', label: 'close', run: () => setDrillsOpen(false) }];
  } else if (lesson) {
    // Scrolling needs the rendered text; the other keys work as soon as the lesson is open.
    const scrolls = !!rendered && maxTop > 0;
    const scrolling: Binding[] = rendered
      ? [
          { keys: ['j', 'down'], show: 'j/k', label: 'scroll', run: () => scrollTo(at + 1), hidden: !scrolls },
          { keys: ['k', 'up'], label: 'up', run: () => scrollTo(at - 1), hidden: true },
          { keys: ['space', 'pagedown', 'ctrl-d'], show: 'space/b', label: 'page', run: () => scrollTo(at + height - 1), hidden: !scrolls },
          { keys: ['b', 'pageup', 'ctrl-u'], label: 'page up', run: () => scrollTo(at - height + 1), hidden: true },
          { keys: ['g'], show: 'g/G', label: 'top/end', run: () => scrollTo(0), hidden: !scrolls },
          { keys: ['G'], label: 'end', run: () => scrollTo(maxTop), hidden: true },
          ...(hits.length ? [{ keys: ['n'], show: 'n/N', label: 'next/prev match', run: () => jumpToHit(1) }, { keys: ['N'], label: 'previous match', run: () => jumpToHit(-1), hidden: true }] : []),
        ]
      : [];
    bindings = [
      ...scrolling,
      {
        keys: ['d'],
        label: status === 'done' ? 'not done' : 'done',
        run: () => {
          void app.update(toggleDone(id, app.now()));
          notify(status === 'done' ? 'Marked as not done.' : 'Marked as done.');
        },
      },
      ...(cards.length ? [{ keys: ['c'], label: 'cards', run: () => nav.push({ name: 'review', lesson: id }) }] : []),
      ...(drills.length ? [{ keys: ['p'], label: 'drills', run: () => setDrillsOpen(true) }] : []),
      { keys: ['/'], label: 'search', run: () => nav.push({ name: 'search', query }) },
    ];
  }
  useKeys(bindings);

  if (!lesson) return <Text color={theme.bad}>{`No lesson ${id}.`}</Text>;
  const facts = [`Module ${lesson.moduleNumber}${module ? `: ${module.title}` : ''}`, `${lesson.minutes} min`];
  const counts = [cards.length ? `${cards.length} cards` : '', drills.length ? `${drills.length} drill${drills.length > 1 ? 's' : ''}` : ''].filter(Boolean);
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Box flexDirection="column" flexShrink={0} paddingX={READER_MARGIN} marginBottom={1}>
        <Text bold wrap="truncate-end">
          {lesson.title}
        </Text>
        <Text wrap="truncate-end">
          {status === 'done' ? <Text color={theme.ok}>✓ done</Text> : <Text color={theme.warn}>… reading</Text>}
          <Text color={theme.dim}> · {[...facts, ...counts].join(' · ')}</Text>
        </Text>
      </Box>
      <Box ref={textBox} flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
        {error ? (
          <Box paddingX={READER_MARGIN}>
            <Text color={theme.bad}>{error}</Text>
          </Box>
        ) : !rendered ? (
          <Box paddingX={READER_MARGIN}>
            <Text color={theme.dim}>rendering…</Text>
          </Box>
        ) : drillsOpen ? (
          <Box flexDirection="column" paddingX={READER_MARGIN}>
            <Text bold>Drills that practise this lesson</Text>
            <Box marginTop={1}>{drillList.view}</Box>
          </Box>
        ) : (
          <MarkdownView lines={rendered.lines} top={at} height={height} mark={mark} />
        )}
      </Box>
      {rendered && !drillsOpen ? (
        <Box flexShrink={0} paddingX={READER_MARGIN}>
          <Text color={theme.dim}>{positionText(at, height, total)}</Text>
          {at >= maxTop && status !== 'done' ? <Text color={theme.warn}>{'  · end of the lesson: d marks it done'}</Text> : null}
        </Box>
      ) : null}
    </Box>
  );
}

function positionText(top: number, height: number, total: number): string {
  if (total <= height) return `all ${total} lines`;
  const last = Math.min(total, top + height);
  return `lines ${top + 1}-${last} of ${total} · ${Math.round((last / total) * 100)}%`;
}

/**
 * Marks the lesson in progress when it opens, then saves the position (and the reading time) at most
 * every SAVE_EVERY_MS while scrolling and once more when the reader closes. `position` is undefined
 * until the lesson is on screen.
 */
function useReadingProgress(id: string, position: number | undefined) {
  const app = useApp();
  const latest = useRef({ app, position, saved: app.data.lessons[id]?.position, lastKey: app.now().getTime(), seconds: 0 });
  latest.current.app = app;
  latest.current.position = position;
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);

  const save = (leaving: boolean) => {
    const s = latest.current;
    const now = s.app.now();
    if (leaving) s.seconds += activeSeconds(s.lastKey, now.getTime());
    if (s.position === undefined || (s.position === s.saved && s.seconds < 1)) return;
    const seconds = s.seconds;
    s.saved = s.position;
    s.seconds = 0;
    void s.app.update(saveReading(id, s.position, seconds, now));
  };

  useEffect(() => {
    void latest.current.app.update(openLesson(id, latest.current.app.now()));
    return () => {
      clearTimeout(timer.current);
      save(true);
    };
    // Once per lesson: the ref carries the latest values into the cleanup.
  }, [id]);

  useEffect(() => {
    if (position === undefined || position === latest.current.saved || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      save(false);
    }, SAVE_EVERY_MS);
  });

  return {
    /** A key was pressed: the time since the previous one counts as reading (up to the idle cap). */
    touch() {
      const s = latest.current;
      const now = s.app.now().getTime();
      s.seconds += activeSeconds(s.lastKey, now);
      s.lastKey = now;
    },
  };
}
