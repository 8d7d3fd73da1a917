// Full-text search over the lessons as the reader shows them (their rendered plain lines), so a hit's
// line number is the line the reader jumps to. Every word of the query must appear, case-insensitively,
// on one line or within a few lines of each other.

export interface SearchDoc {
  id: string;
  title: string;
  lines: readonly string[];
}

export interface SearchHit {
  id: string;
  title: string;
  /** First line of the hit in the doc (0-based). */
  line: number;
  /** The hit's text, trimmed to a readable length around the first match. */
  snippet: string;
  score: number;
}

export interface SearchOptions {
  /** Words may be spread over this many lines after the first. */
  near?: number;
  limit?: number;
  snippetLength?: number;
}

export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))];
}

/** Lines (0-based) that contain every word of the query: for moving between hits inside one lesson. */
export function matchingLines(lines: readonly string[], query: string): number[] {
  const words = queryWords(query);
  if (!words.length) return [];
  return lines.flatMap((line, i) => (words.every((w) => line.toLowerCase().includes(w)) ? [i] : []));
}

export function searchLessons(docs: readonly SearchDoc[], query: string, options: SearchOptions = {}): SearchHit[] {
  const { near = 2, limit = 100, snippetLength = 80 } = options;
  const words = queryWords(query);
  if (!words.length) return [];
  const phrase = words.length > 1 ? query.trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
  const hits: Array<SearchHit & { order: number }> = [];
  docs.forEach((doc, order) => {
    const lower = doc.lines.map((l) => l.toLowerCase());
    const found = lower.map((l) => words.map((w) => l.includes(w)));
    const hasAll = (flags: boolean[]) => flags.every(Boolean);
    if (words.every((w) => doc.title.toLowerCase().includes(w))) {
      hits.push({ id: doc.id, title: doc.title, line: 0, snippet: doc.title, score: 20, order });
    }
    // A spread-out hit is reported once, at its first line, and never where a one-line hit is close by.
    let coveredUntil = -1;
    for (let i = 0; i < lower.length; i++) {
      const here = found[i]!;
      if (hasAll(here)) {
        let score = 10 + wordStarts(lower[i]!, words);
        if (/^\s*#/.test(doc.lines[i]!)) score += 5;
        if (phrase && lower[i]!.includes(phrase)) score += 4;
        hits.push({ id: doc.id, title: doc.title, line: i, snippet: snippetOf(doc.lines[i]!, words, snippetLength), score, order });
        coveredUntil = i + near;
        continue;
      }
      if (i <= coveredUntil || !here.some(Boolean)) continue;
      const end = Math.min(lower.length - 1, i + near);
      const union = words.map((_, w) => found.slice(i, end + 1).some((f) => f[w]));
      if (!hasAll(union) || found.slice(i + 1, end + 1).some(hasAll)) continue;
      const last = end - [...found.slice(i, end + 1)].reverse().findIndex((f) => f.some(Boolean));
      const text = doc.lines.slice(i, last + 1).map((l) => l.trim()).join(' ');
      hits.push({ id: doc.id, title: doc.title, line: i, snippet: snippetOf(text, words, snippetLength), score: 5, order });
      coveredUntil = last;
    }
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order || a.line - b.line);
  return hits.slice(0, limit).map(({ order: _order, ...hit }) => hit);
}

/** One point per word that starts a word in the line (a search for "role" prefers "Role" to "controle"). */
function wordStarts(line: string, words: string[]): number {
  return words.filter((w) => new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(w)}`).test(line)).length;
}

function snippetOf(text: string, words: string[], max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const lower = clean.toLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
  const start = Math.max(0, Math.min(first - Math.floor(max / 4), clean.length - max));
  return `${start > 0 ? '…' : ''}${clean.slice(start, start + max).trim()}${start + max < clean.length ? '…' : ''}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
