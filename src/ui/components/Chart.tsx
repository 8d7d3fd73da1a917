// Terminal charts for the progress screen: a bar per domain with the pass line marked, and a readiness
// line over the days. The drawing is plain strings (pure functions), the components only colour them.
import { Box, Text } from 'ink';
import type { DomainReadiness } from '../../learning/readiness.js';
import { theme } from '../theme.js';

/** A 0-100 value as a bar of `width` cells; `┃` marks the pass line where the bar does not reach it. */
export function bar(value: number, width: number, passLine: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, value)) / 100) * width);
  const mark = Math.min(width - 1, Math.round((passLine / 100) * width));
  let out = '';
  for (let i = 0; i < width; i++) out += i < filled ? '█' : i === mark ? '┃' : '░';
  return out;
}

/**
 * Values (0-100, null for a day without a figure) as `height` rows, one column each: a dot at each value,
 * the pass line dotted across. Rows are top (100) to bottom (0).
 */
export function lineChart(values: ReadonlyArray<number | null>, height: number, passLine: number): string[] {
  const rowOf = (v: number) => Math.round(((100 - Math.max(0, Math.min(100, v))) / 100) * (height - 1));
  const passRow = rowOf(passLine);
  return Array.from({ length: height }, (_, r) => values.map((v) => (v !== null && rowOf(v) === r ? '•' : r === passRow ? '┈' : ' ')).join(''));
}

/** Squeezes daily values into at most `width` columns, each keeping the last figure of its days. */
export function fitColumns<T>(values: ReadonlyArray<T | null>, width: number): Array<T | null> {
  if (values.length <= width) return [...values];
  const out: Array<T | null> = [];
  for (let c = 0; c < width; c++) {
    const bucket = values.slice(Math.floor((c * values.length) / width), Math.floor(((c + 1) * values.length) / width));
    out.push(bucket.filter((v) => v !== null).at(-1) ?? null);
  }
  return out;
}

/** The first and last day under the axis, the last one ending at the last column when there is room. */
export function axisLabels(first: string, last: string, width: number): string {
  if (first === last) return first;
  return `${first}${' '.repeat(Math.max(1, width - first.length - last.length))}${last}`;
}

const masteryColor = (m: number, passLine: number) => (m >= passLine ? theme.ok : m >= passLine - 15 ? theme.warn : theme.bad);

export function DomainBars({ domains, passLine, width }: { domains: readonly DomainReadiness[]; passLine: number; width: number }) {
  const label = Math.max(...domains.map((d) => d.title.length));
  const cells = Math.max(10, width - label - 14);
  return (
    <Box flexDirection="column">
      {domains.map((d) => (
        <Text key={d.id}>
          <Text>{d.title.padEnd(label)}</Text>
          <Text color={theme.dim}>{` ${String(d.weight).padStart(2)}% `}</Text>
          <Text color={masteryColor(d.mastery, passLine)}>{bar(d.mastery, cells, passLine)}</Text>
          <Text bold>{` ${String(d.mastery).padStart(3)}`}</Text>
        </Text>
      ))}
    </Box>
  );
}

export function TrendChart({ points, passLine, width, height = 6 }: { points: ReadonlyArray<{ day: string; readiness: number | null }>; passLine: number; width: number; height?: number }) {
  const columns = fitColumns(
    points.map((p) => p.readiness),
    Math.max(7, width - 6),
  );
  const rows = lineChart(columns, height, passLine);
  const passRow = Math.round(((100 - passLine) / 100) * (height - 1));
  const label = (r: number) => (r === 0 ? '100' : r === passRow ? String(passLine) : r === height - 1 ? '0' : '');
  return (
    <Box flexDirection="column">
      {rows.map((row, r) => (
        <Text key={r}>
          <Text color={theme.dim}>{`${label(r).padStart(3)} ┤`}</Text>
          <Text color={r === passRow ? theme.warn : theme.accent}>{row}</Text>
        </Text>
      ))}
      <Text color={theme.dim}>{`    └${'─'.repeat(columns.length)}`}</Text>
      <Text color={theme.dim}>{`     ${axisLabels(points[0]?.day ?? '', points.at(-1)?.day ?? '', columns.length)}  readiness per day`}</Text>
    </Box>
  );
}
