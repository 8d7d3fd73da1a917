// Lesson Markdown -> terminal lines, with marked + marked-terminal (code highlighted by cli-highlight).
// Loaded on first use: highlight.js alone costs ~150 ms, which start-up must not pay. Every line is wrapped
// to the reading width here, so the reader scrolls by line and a search hit is a line number.
import { stripVTControlCharacters } from 'node:util';
import type { MarkedExtension, Tokens } from 'marked';
import type { Lesson } from '../content/catalog.js';
import { visibleWidth, wrapStyled } from './wrap.js';

/** Long lines are tiring to read; beyond this the reader leaves the rest of a wide terminal empty. */
export const MAX_READING_WIDTH = 100;
/** Columns left free on each side of the text in the reader. */
export const READER_MARGIN = 2;

export function readingWidth(columns: number): number {
  return Math.max(30, Math.min(MAX_READING_WIDTH, columns - 2 * READER_MARGIN));
}

export interface RenderedLesson {
  /** Styled lines (ANSI colours when the terminal has them), none wider than the width. */
  lines: string[];
  /** The same lines without styling: what search looks in. */
  plain: string[];
}

type Render = (markdown: string, width: number) => string[];

let engine: Promise<Render> | undefined;

/** Starts loading the renderer in the background, so the first lesson opens without waiting for it. */
export function preloadMarkdown(): void {
  // A failure shows when a lesson is rendered; the next attempt loads afresh.
  loadEngine().catch(() => {});
}

function loadEngine(): Promise<Render> {
  engine ??= createEngine().catch((e: unknown) => {
    engine = undefined;
    throw e;
  });
  return engine;
}

export async function renderMarkdown(markdown: string, width: number): Promise<string[]> {
  return (await loadEngine())(markdown, width);
}

const lessonCache = new WeakMap<Lesson, Map<number, Promise<RenderedLesson>>>();

/** Renders a lesson's objectives and body, once per lesson and width. */
export function renderLesson(lesson: Lesson, width: number): Promise<RenderedLesson> {
  let byWidth = lessonCache.get(lesson);
  if (!byWidth) lessonCache.set(lesson, (byWidth = new Map()));
  let rendered = byWidth.get(width);
  if (!rendered) {
    const cache = byWidth;
    rendered = renderMarkdown(lessonMarkdown(lesson), width).then((lines) => ({ lines, plain: lines.map((l) => stripVTControlCharacters(l)) }));
    // A failed rendering is not kept: opening the lesson again retries.
    rendered.catch(() => cache.delete(width));
    byWidth.set(width, rendered);
  }
  return rendered;
}

/** The objectives, then the body without its leading `# Title` (the reader's header shows the title). */
export function lessonMarkdown(lesson: Lesson): string {
  const objectives = lesson.objectives.map((o) => `- ${o}`).join('\n');
  const body = lesson.body.replace(/^\s*# (.*)\r?\n/, (heading, title: string) => (title.trim() === lesson.title ? '' : heading));
  return `**In this lesson you learn to**\n\n${objectives}\n\n${body}`;
}

/** Languages highlight.js knows that the lessons use; anything else is shown unhighlighted. */
const HIGHLIGHTED = new Set(['bash', 'sh', 'shell', 'console', 'yaml', 'yml', 'json', 'dockerfile', 'toml', 'ini', 'go', 'python', 'javascript', 'diff', 'xml']);

/** Marks the continuation of a code line that had to be wrapped. */
const CODE_BREAK = '↪ ';
/**
 * Tags code lines until the final wrap, which must know them (they wrap behind a break mark, not at
 * words) but only sees them after list indentation was added. A private-use character, removed there.
 */
const CODE_TAG = '\uE000';

async function createEngine(): Promise<Render> {
  const [{ Marked }, { markedTerminal }, { default: chalk }] = await Promise.all([import('marked'), import('marked-terminal'), import('chalk')]);

  /**
   * Wraps one rendered line to `width`, keeping its indentation; continuation lines hang under the
   * text of a list item (after `* `, `1. `, `[ ] `) or, for code, sit behind a break mark.
   */
  function wrapLine(line: string, width: number, code = false): string[] {
    if (visibleWidth(line) <= width) return [line];
    const plain = stripVTControlCharacters(line);
    const lead = ' '.repeat(/^\s*/.exec(plain)![0].length);
    const marker = /^(?:[*-]|\d+\.) (?:\[[ xX]\] +)?/.exec(plain.trimStart())?.[0] ?? '';
    return wrapStyled(line, width, code ? lead + CODE_BREAK : lead + ' '.repeat(marker.length));
  }

  /** A bordered table whose columns share the width; cells wrap inside their column. */
  function drawTable(head: string[], rows: string[][], width: number): string {
    const natural = head.map((_, i) => Math.max(...[head, ...rows].map((r) => visibleWidth(r[i] ?? ''))));
    // Each column costs its text, a space either side and one border.
    const widths = fitColumns(natural, width - 3 * head.length - 1);
    const rule = (left: string, mid: string, right: string) => chalk.gray(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
    const bar = chalk.gray('│');
    const row = (cells: string[]) => {
      const wrapped = widths.map((w, i) => wrapStyled(cells[i] ?? '', w));
      const height = Math.max(...wrapped.map((c) => c.length));
      return Array.from({ length: height }, (_, k) => `${bar}${wrapped.map((c, i) => ` ${c[k] ?? ''}${' '.repeat(widths[i]! - visibleWidth(c[k] ?? ''))} `).join(bar)}${bar}`);
    };
    const body = rows.flatMap((r, i) => [...(i ? [rule('├', '┼', '┤')] : []), ...row(r)]);
    return [rule('┌', '┬', '┐'), ...row(head.map((h) => chalk.bold(h))), rule('├', '┼', '┤'), ...body, rule('└', '┴', '┘')].join('\n');
  }

  function fitColumns(natural: number[], available: number): number[] {
    // Narrow columns keep their natural width; the wide ones share what is left.
    const widths = [...natural];
    let left = available;
    const order = natural.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
    order.forEach(([w, i], k) => {
      const share = Math.floor(left / (order.length - k));
      widths[i] = Math.max(4, Math.min(w, share));
      left -= widths[i]!;
    });
    return widths;
  }

  function createMarked(width: number) {
    const base = markedTerminal({ width, reflowText: false, emoji: false, tab: 2, showSectionPrefix: true });
    const baseRenderer = base.renderer!;
    const own: MarkedExtension = {
      renderer: {
        // marked-terminal prints the text of tight list items raw (**bold** stays as typed): render it inline.
        // Soft line breaks become spaces, so paragraphs and list items are wrapped once, here.
        text(token) {
          if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
          return baseRenderer.text!.call(this, { ...token, text: token.text.replace(/\n/g, ' ') }) as string;
        },
        // marked-terminal already writes "[ ] " for a task item; marked now adds its own checkbox token too.
        checkbox() {
          return '';
        },
        code(token) {
          const lang = token.lang && HIGHLIGHTED.has(token.lang) ? token.lang : 'plaintext';
          const out = baseRenderer.code!.call(this, { ...token, lang }) as string;
          return `${out
            .replace(/\n+$/, '')
            .split('\n')
            .map((l) => CODE_TAG + l)
            .join('\n')}\n\n`;
        },
        hr() {
          return `${'─'.repeat(Math.min(width, 40))}\n\n`;
        },
        // No OSC 8 hyperlinks: terminals and Ink disagree on their width.
        link(token) {
          const text = this.parser.parseInline(token.tokens);
          return stripVTControlCharacters(text) === token.href ? token.href : `${text} (${token.href})`;
        },
        table(token: Tokens.Table) {
          // marked-terminal hides colons in code spans behind a marker (against emoji codes); undo it.
          const cell = (c: Tokens.TableCell) => this.parser.parseInline(c.tokens).replace(/\*#COLON\|\*/g, ':');
          return `${drawTable(token.header.map(cell), token.rows.map((r) => r.map(cell)), width)}\n\n`;
        },
      },
    };
    return new Marked().use(base, own);
  }

  const instances = new Map<number, ReturnType<typeof createMarked>>();
  return (markdown, width) => {
    let marked = instances.get(width);
    if (!marked) instances.set(width, (marked = createMarked(width)));
    const out = marked.parse(markdown, { async: false });
    const lines: string[] = [];
    for (const line of out.split('\n')) {
      if (line.includes(CODE_TAG)) {
        lines.push(...wrapLine(line.replace(CODE_TAG, '').trimEnd(), width, true));
        continue;
      }
      const blank = stripVTControlCharacters(line).trim() === '';
      // One blank line between blocks is enough; marked-terminal sometimes leaves two or three.
      if (blank && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
      lines.push(...(blank ? [''] : wrapLine(line.trimEnd(), width)));
    }
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  };
}
