// Colours in one place so screens stay consistent and readable on dark and light terminals.
export const theme = {
  accent: 'cyan',
  ok: 'green',
  bad: 'red',
  warn: 'yellow',
  dim: 'gray',
  key: 'cyan',
} as const;
