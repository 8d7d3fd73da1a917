// Rendered lesson text on screen: a hook that renders a lesson (lazily, cached) and a view of a window
// of its lines.
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { Lesson } from '../../content/catalog.js';
import { errorMessage } from '../../errors.js';
import { renderLesson, renderMarkdown, READER_MARGIN, type RenderedLesson } from '../markdown.js';
import { theme } from '../theme.js';

export function useRenderedLesson(lesson: Lesson | undefined, width: number): { rendered?: RenderedLesson; error?: string } {
  const [state, setState] = useState<{ for?: Lesson; width?: number; rendered?: RenderedLesson; error?: string }>({});
  useEffect(() => {
    if (!lesson) return undefined;
    let live = true;
    renderLesson(lesson, width).then(
      (rendered) => live && setState({ for: lesson, width, rendered }),
      (e: unknown) => live && setState({ for: lesson, width, error: `cannot render ${lesson.file}: ${errorMessage(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [lesson, width]);
  // After a resize the old rendering stays on screen until the new one is ready.
  return state.for === lesson ? { rendered: state.rendered, error: state.error } : {};
}

/** Any Markdown (a drill brief, a solution) rendered to terminal lines; plain lines until it is ready. */
export function useRenderedMarkdown(markdown: string, width: number): string[] {
  const [state, setState] = useState<{ key: string; lines: string[] }>({ key: '', lines: [] });
  const key = `${width}\0${markdown}`;
  useEffect(() => {
    let live = true;
    renderMarkdown(markdown, width).then(
      (lines) => live && setState({ key, lines }),
      () => live && setState({ key, lines: markdown.split('\n') }),
    );
    return () => {
      live = false;
    };
  }, [key, markdown, width]);
  return state.key === key ? state.lines : markdown.split('\n');
}

export interface MarkdownViewProps {
  lines: readonly string[];
  top: number;
  height: number;
  /** A line to point at in the margin (a search hit). */
  mark?: number;
}

export function MarkdownView({ lines, top, height, mark }: MarkdownViewProps) {
  return (
    // Never shrinks: when the area is briefly too small the last lines are cut off, not drawn over each other.
    <Box flexDirection="column" flexShrink={0}>
      {lines.slice(top, top + height).map((line, i) => (
        <Text key={top + i} wrap="truncate">
          {top + i === mark ? <Text color={theme.accent}>{'›'.padEnd(READER_MARGIN)}</Text> : ' '.repeat(READER_MARGIN)}
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
