// Starts the TUI in the terminal's alternate screen (like vim or k9s) and restores the terminal on exit.
// It can also hand the terminal to another program (the learner's shell) and take it back.
import { render, type Instance } from 'ink';
import { App, type AppProps } from './App.js';

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';

export async function runTui(props: Omit<AppProps, 'suspend'>): Promise<void> {
  const out = process.stdout;
  out.write(ENTER_ALT);
  const leave = () => out.write(LEAVE_ALT);
  process.once('exit', leave);
  let instance: Instance | undefined;
  // Runs `program` synchronously with the real terminal: Ink is blocked meanwhile and redraws afterwards.
  const suspend = (program: () => void) => {
    instance?.clear();
    out.write(LEAVE_ALT);
    const stdin = process.stdin;
    const raw = stdin.isTTY && stdin.isRaw;
    if (raw) stdin.setRawMode(false);
    try {
      program();
    } finally {
      if (raw) stdin.setRawMode(true);
      out.write(ENTER_ALT);
    }
  };
  instance = render(<App {...props} suspend={suspend} />, { exitOnCtrlC: true, patchConsole: true });
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('exit', leave);
    leave();
  }
}
