// `command`: runs a read-only tool (apparmor_parser -Q, kubectl auth can-i, openssl ...) in the workspace
// and judges its exit code and output.
import { execa } from 'execa';
import type { CheckRunner } from './types.js';
import { judge } from './predicate.js';

export const command: CheckRunner = async (check, ctx) => {
  const spec = check.command!;
  const [tool, ...args] = spec.run;
  const result = await execa(tool!, args, { cwd: ctx.workspace, env: ctx.env, reject: false, timeout: 15_000, stdin: 'ignore' });
  if (result.failed && result.exitCode === undefined) return { passed: false, message: `${tool} could not run: ${result.shortMessage}` };
  const exitCode = result.exitCode ?? -1;
  const output = `${result.stdout}\n${result.stderr}`.trim().split('\n')[0]?.slice(0, 160) ?? '';
  if (spec.exitCode !== undefined && exitCode !== spec.exitCode) return { passed: false, message: `${tool} exited with ${exitCode}${output ? `: ${output}` : ''}` };
  if (spec.matches !== undefined && !new RegExp(spec.matches, 'm').test(result.stdout)) return { passed: false, message: `${tool} did not print what is required` };
  return judge(check, { exitCode, stdout: result.stdout, stderr: result.stderr }, `${tool} output is not as required`);
};
