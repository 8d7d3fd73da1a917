// Starts the TUI in the terminal's alternate screen (like vim or k9s) and restores the terminal on exit.
import { render } from 'ink';
import { App, type AppProps } from './App.js';

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';

export async function runTui(props: AppProps): Promise<void> {
  const out = process.stdout;
  out.write(ENTER_ALT);
  const leave = () => out.write(LEAVE_ALT);
  process.once('exit', leave);
  const instance = render(<App {...props} />, { exitOnCtrlC: true, patchConsole: true });
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('exit', leave);
    leave();
  }
}
