// Search across all lessons: type words, pick a hit, and the reader opens at that line. The lessons are
// searched as the reader renders them (same width), so the hit's line is the line on screen.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import type { Catalog, Lesson } from '../../content/catalog.js';
import { errorMessage } from '../../errors.js';
import { queryWords, searchLessons, type SearchDoc, type SearchHit } from '../../learning/lessonSearch.js';
import { LineInput } from '../components/LineInput.js';
import { useSelectList } from '../components/SelectList.js';
import { useApp, useKeys } from '../context.js';
import { readingWidth, renderLesson } from '../markdown.js';
import { theme } from '../theme.js';

/** Hits listed at most; the summary says "100+" when there are more. */
const LIMIT = 100;

export function Search({ query: initial }: { query?: string }) {
  const { catalog, columns, nav } = useApp();
  const { docs, read, error } = useSearchDocs(catalog.lessons, readingWidth(columns));
  const [query, setQuery] = useState(initial ?? '');
  const [editing, setEditing] = useState(true);
  const hits = useMemo(() => (docs ? searchLessons(docs, query, { limit: LIMIT }) : []), [docs, query]);
  const lessonCount = new Set(hits.map((h) => h.id)).size;
  const summary = error
    ? error
    : !docs
      ? `reading the lessons… ${read}/${catalog.lessons.length}`
      : !queryWords(query).length
        ? 'Type one or more words; a hit has them all on one line or a few lines apart.'
        : hits.length
          ? `${hits.length}${hits.length === LIMIT ? '+' : ''} match${hits.length === 1 ? '' : 'es'} in ${lessonCount} lesson${lessonCount === 1 ? '' : 's'}`
          : `No lesson has all of: ${queryWords(query).join(' ')}`;
  return (
    <Box flexDirection="column" paddingX={1} flexGrow={1}>
      <Text bold>Search the lessons</Text>
      <Box marginTop={1}>
        <LineInput
          prompt="/"
          value={query}
          active={editing}
          placeholder="words to find"
          onChange={setQuery}
          onSubmit={() => hits.length && setEditing(false)}
          onCancel={() => nav.pop()}
        />
      </Box>
      <Text color={error ? theme.bad : theme.dim}>{summary}</Text>
      {/* Keyed by the query, so each new search starts at its best hit. */}
      <Hits key={query} hits={hits} query={query} editing={editing} onEdit={() => setEditing(true)} />
    </Box>
  );
}

function Hits({ hits, query, editing, onEdit }: { hits: SearchHit[]; query: string; editing: boolean; onEdit(): void }) {
  const { catalog, nav, rows, columns } = useApp();
  const words = queryWords(query);
  // The lesson column takes up to 30 columns; cut here rather than with Ink's truncation, which
  // misaligns rows of nested Text.
  const label = Math.min(30, Math.floor(columns / 3));
  const room = Math.max(10, columns - 4 - label - 1);
  const list = useSelectList({
    items: hits.map((hit, i) => ({
      key: `${i}`,
      hit,
      text: hit.snippet,
      render: (selected: boolean) => (
        <Text>
          <Text color={theme.dim}>{lessonLabel(catalog, hit.id).slice(0, label - 2).padEnd(label)}</Text>
          <Highlighted text={hit.snippet.length > room ? `${hit.snippet.slice(0, room - 1)}…` : hit.snippet} words={words} bold={selected} />
        </Text>
      ),
    })),
    height: Math.max(3, rows - 6),
    onOpen: (item) => nav.push({ name: 'lesson', id: item.hit.id, line: item.hit.line, query }),
    openLabel: 'read',
  });
  useKeys(
    editing
      ? [
          { keys: [], show: 'type', label: 'words to find', run: () => {} },
          ...(hits.length ? [{ keys: [], show: 'enter', label: 'to the matches', run: () => {} }] : []),
          { keys: [], show: 'esc', label: 'back', run: () => {} },
        ]
      : [...list.bindings.filter((b) => !b.keys.includes('/')), { keys: ['/'], label: 'new search', run: onEdit }],
  );
  return <Box marginTop={1}>{list.view}</Box>;
}

/** "3.1 RBAC ...": module and lesson number, then the title. */
function lessonLabel(catalog: Catalog, id: string): string {
  const lesson = catalog.lessonById.get(id);
  const module = catalog.modules.find((m) => m.id === lesson?.module);
  return lesson && module ? `${module.number}.${module.lessons.indexOf(lesson) + 1} ${lesson.title}` : id;
}

function Highlighted({ text, words, bold }: { text: string; words: string[]; bold: boolean }) {
  if (!words.length) return <Text bold={bold}>{text}</Text>;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return (
    <Text bold={bold}>
      {text.split(pattern).map((part, i) => (i % 2 === 1 ? <Text key={i} color={theme.accent}>{part}</Text> : part))}
    </Text>
  );
}

/** Renders every lesson at `width` (cached, so the reader later opens them at once). */
function useSearchDocs(lessons: readonly Lesson[], width: number): { docs?: SearchDoc[]; read: number; error?: string } {
  const [state, setState] = useState<{ docs?: SearchDoc[]; read: number; error?: string }>({ read: 0 });
  useEffect(() => {
    let live = true;
    (async () => {
      const docs: SearchDoc[] = [];
      for (const lesson of lessons) {
        const { plain } = await renderLesson(lesson, width);
        if (!live) return;
        docs.push({ id: lesson.id, title: lesson.title, lines: plain });
        setState({ read: docs.length });
        // Let keys through between lessons: the first search renders them all.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (live) setState({ docs, read: docs.length });
    })().catch((e: unknown) => live && setState({ read: 0, error: `cannot read the lessons: ${errorMessage(e)}` }));
    return () => {
      live = false;
    };
  }, [lessons, width]);
  return state;
}
