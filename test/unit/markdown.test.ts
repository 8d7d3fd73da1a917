import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/content/catalog.js';
import { loadCatalogWithProblems } from '../../src/content/load.js';
import { lessonMarkdown, readingWidth, renderLesson, renderMarkdown } from '../../src/ui/markdown.js';
import { REPO } from '../helpers/paths.js';

const lesson = (body: string, extra: Partial<Lesson> = {}): Lesson => ({
  id: 'sample',
  title: 'Sample lesson',
  domains: ['cluster-setup'],
  competencies: [],
  minutes: 10,
  objectives: ['Read a rendered lesson.'],
  drills: [],
  module: 'm',
  moduleNumber: 1,
  file: 'lessons/m/01-sample.md',
  body,
  ...extra,
});

const SAMPLE = `# Sample lesson

Intro paragraph with **bold** and \`code: span\` that goes on long enough to need wrapping at a narrow width, surely.

- A tight list item with **bold text** and \`kubectl get pods\` that is long enough to wrap onto a second line here.
- [ ] A task item

| Flag | Meaning |
|---|---|
| \`--anonymous-auth=false\` | Requests without credentials are refused instead of running as system:anonymous, which matters. |

\`\`\`yaml
apiVersion: v1
kind: Pod
metadata:
  name: a-pod-with-a-very-long-name-that-does-not-fit-in-a-narrow-terminal-at-all-really
\`\`\`

See [the docs](https://kubernetes.io/docs/).
`;

describe('lesson Markdown in the terminal', () => {
  it('starts with the objectives and drops the heading that repeats the title', async () => {
    const md = lessonMarkdown(lesson(SAMPLE));
    expect(md.startsWith('**In this lesson you learn to**\n\n- Read a rendered lesson.\n\n')).toBe(true);
    expect(md).not.toContain('# Sample lesson');
    expect(lessonMarkdown(lesson('# Another heading\n\ntext'))).toContain('# Another heading');
  });

  it('renders inline formatting in list items, one checkbox per task, tables with borders, links with their address', async () => {
    const text = stripVTControlCharacters((await renderMarkdown(SAMPLE, 100)).join('\n'));
    expect(text).not.toContain('**');
    expect(text).toContain('* A tight list item with bold text and kubectl get pods');
    expect(text).toMatch(/\[ \] +A task item/);
    expect(text).not.toMatch(/\[ \].*\[ \]/);
    expect(text).toMatch(/┌─+┬─+┐/);
    expect(text).toContain('│ Flag');
    expect(text).toContain('--anonymous-auth=false');
    expect(text).toContain('the docs (https://kubernetes.io/docs/)');
    expect(text.split('\n')[0]).toBe('# Sample lesson');
  });

  it('wraps every line to the width: paragraphs at words, list items under their text, code behind a break mark', async () => {
    const lines = (await renderMarkdown(SAMPLE, 40)).map((l) => stripVTControlCharacters(l));
    expect(lines.filter((l) => l.length > 40)).toEqual([]);
    const item = lines.findIndex((l) => l.startsWith('  * A tight list item'));
    expect(lines[item + 1]).toMatch(/^ {4}\S/);
    const code = lines.findIndex((l) => l.endsWith('  name:'));
    expect(lines[code + 1]).toMatch(/^ {4}↪ a-pod-with-a-very-long-name/);
    expect(lines[code + 2]).toMatch(/^ {4}↪ \S/);
    // The table still has all its text, wrapped inside the cells.
    expect(lines.filter((l) => l.startsWith('│')).join(' ')).toMatch(/Requests[\s│]+without/);
  });

  it('keeps every line of every real lesson within the width, at narrow and wide terminals', async () => {
    const { catalog } = loadCatalogWithProblems(REPO);
    for (const width of [40, readingWidth(200)]) {
      for (const l of catalog.lessons) {
        const { plain } = await renderLesson(l, width);
        expect(plain.filter((line) => line.length > width), `${l.file} at ${width}`).toEqual([]);
        // No Markdown syntax left over that the renderer should have handled.
        expect(plain.filter((line) => /\*\*\S/.test(line)), l.file).toEqual([]);
      }
    }
  });

  it('renders a lesson once per width', async () => {
    const l = lesson(SAMPLE);
    const a = renderLesson(l, 70);
    expect(renderLesson(l, 70)).toBe(a);
    expect(renderLesson(l, 71)).not.toBe(a);
    expect((await a).plain.length).toBe((await a).lines.length);
  });

  it('reads at most 100 columns, with a margin, and never narrower than 30', () => {
    expect(readingWidth(80)).toBe(76);
    expect(readingWidth(300)).toBe(100);
    expect(readingWidth(20)).toBe(30);
  });
});
