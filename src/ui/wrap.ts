// Word wrap for text with ANSI colour codes. A line that is broken ends with a reset and the next one
// starts by replaying the codes still in force, so every line stands alone (Ink draws each line on
// its own). Written here because wrap-ansi measures every word with Intl.Segmenter: ~100 ms a lesson.

const TOKEN = /(\u001b\[[0-9;]*m)|( +)|([^ \u001b]+|\u001b)/g;
const RESET = '\u001b[0m';

/** Columns a character takes: 2 for wide East Asian characters and emoji, else 1. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  const wide =
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff);
  return wide ? 2 : 1;
}

/** Columns `text` takes on screen, colour codes excluded. */
export function visibleWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/**
 * Breaks `text` into lines of at most `width` columns, at spaces where it can, inside words where it
 * must. Continuation lines start with `hang` (spaces that line up under a list item's text, say).
 */
export function wrapStyled(text: string, width: number, hang = ''): string[] {
  // Words are runs between spaces; colour codes inside a word (a `code span`) belong to it.
  const words: Array<{ spaces: string; parts: string[]; width: number }> = [];
  let current: { spaces: string; parts: string[]; width: number } | undefined;
  let spaces = '';
  for (const m of text.matchAll(TOKEN)) {
    if (m[2]) {
      spaces += m[2];
      current = undefined;
      continue;
    }
    if (!current) {
      current = { spaces, parts: [], width: 0 };
      words.push(current);
      spaces = '';
    }
    current.parts.push(m[0]);
    if (!m[1]) current.width += visibleWidth(m[0]);
  }

  const lines: string[] = [];
  let line = '';
  let used = 0;
  /** No text on the current line yet. */
  let fresh = true;
  /** SGR codes since the last reset: replaying them restores the style on the next line. */
  let active: string[] = [];
  const breakLine = () => {
    lines.push(active.length ? line + RESET : line);
    line = hang + active.join('');
    used = visibleWidth(hang);
    fresh = true;
  };
  for (const w of words) {
    // Spaces before the first text are indentation; after a break they are dropped.
    let gap = fresh && lines.length > 0 ? 0 : w.spaces.length;
    if (!fresh && used + gap + w.width > width) {
      breakLine();
      gap = 0;
    }
    line += ' '.repeat(gap);
    used += gap;
    for (const part of w.parts) {
      if (part.startsWith('\u001b[')) {
        line += part;
        active = part === RESET || part === '\u001b[m' ? [] : [...active, part];
        continue;
      }
      const pw = visibleWidth(part);
      if (used + pw <= width) {
        line += part;
        used += pw;
      } else {
        for (const ch of part) {
          const cw = charWidth(ch.codePointAt(0)!);
          if (used + cw > width && !fresh) breakLine();
          line += ch;
          used += cw;
          fresh = false;
        }
      }
      if (pw) fresh = false;
    }
  }
  lines.push(line);
  return lines;
}
