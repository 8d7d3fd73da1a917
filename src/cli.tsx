// argv -> a screen of the TUI, or a plain command. Heavy modules (Ink, the store, client-node) are
// imported only by the commands that need them, so `--help` and `validate` stay fast.
import { Command, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { ContentError } from './content/problems.js';
import { UserError, errorMessage } from './errors.js';
import type { ExamOptions } from './exam/commands.js';
import type { Route } from './ui/routes.js';
import type { Session } from './session.js';
import type { StudyOptions } from './studyCli.js';

interface GlobalOptions {
  dataDir?: string;
  context?: string;
  allowContext?: boolean;
}

const program = new Command('cks-tutor')
  .description('A terminal tutor for the Certified Kubernetes Security Specialist (CKS) exam.')
  .version(pkg.version, '-v, --version')
  .addOption(new Option('--data-dir <dir>', 'where progress is stored (default: $CKS_TUTOR_HOME or the user data folder)'))
  .addOption(new Option('--context <name>', 'kube context for drills (default: the lab when it runs, else the current context)'))
  .addOption(new Option('--allow-context', 'let drills use a non-local --context without asking (remembered for that context)'))
  .showHelpAfterError('(run cks-tutor --help for the list of commands)')
  .allowExcessArguments(true)
  .action((_options, command: Command) => {
    if (command.args.length) program.error(`error: unknown command '${command.args[0]}'`);
    return openScreen({ name: 'home' });
  });

function globals(): GlobalOptions {
  return program.opts<GlobalOptions>();
}

const isInteractive = () => process.stdout.isTTY === true && process.stdin.isTTY === true;

/** Opens the TUI on a screen, or prints the plain-text version of it when there is no terminal. */
async function openScreen(route: Route, prepare?: (session: Session) => Promise<Route>): Promise<void> {
  const { openSession } = await import('./session.js');
  const session = await openSession(globals());
  if (prepare) route = await prepare(session);
  if (route.name === 'lesson' && !session.catalog.lessonById.has(route.id)) throw new UserError(`no lesson with id ${route.id} (cks-tutor learn lists them)`);
  if (!isInteractive()) {
    const { printPlain } = await import('./plain.js');
    await printPlain(route, session);
    return;
  }
  const [{ runTui }, { currentContextLabel }] = await Promise.all([importInkLive(), import('./cluster/current.js')]);
  await runTui({
    catalog: session.catalog,
    initialData: session.store.data,
    update: (change) => session.store.update(change),
    dataDir: session.store.dir,
    initialRoute: route,
    notices: session.store.notices,
    clusterContext: () => currentContextLabel(session.store.dir, globals().context),
    contextFlag: globals().context,
  });
  // A drill left with q is still being cleaned up: say so rather than look hung.
  const { pendingCleanups, settleCleanups } = await import('./drills/runtime.js');
  const pending = pendingCleanups();
  if (pending.length) {
    console.error(`cks-tutor: cleaning up ${pending.join(', ')} ...`);
    await settleCleanups();
  }
}

/**
 * Ink decides once, when its module loads, that a CI variable means "no live terminal" and then draws
 * nothing until exit. We only get here with a real TTY, so hide those variables while Ink loads.
 */
async function importInkLive() {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  try {
    return await import('./ui/run.js');
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  }
}

program
  .command('today')
  .description("today's agenda: due cards, the next lesson, a drill or two, a few questions")
  .option('--json', 'print the agenda as JSON')
  .action(async (opts: { json?: boolean }) => {
    const progressCli = await import('./progressCli.js');
    // The agenda is drawn and saved first, so the screen, the plain text and later runs all resume it.
    if (!opts.json) {
      return openScreen({ name: 'today' }, async (s) => {
        await progressCli.todayAgenda(s, globals().context);
        return { name: 'today' };
      });
    }
    const { openSession } = await import('./session.js');
    console.log(JSON.stringify(progressCli.agendaJson(await progressCli.todayAgenda(await openSession(globals()), globals().context)), null, 2));
  });
program
  .command('learn')
  .description('read the lessons of the seven modules (learn <lesson-id> opens one; without a terminal it prints it)')
  .argument('[lesson]', 'the lesson to open')
  .action((id: string | undefined) => openScreen(id ? { name: 'lesson', id } : { name: 'modules' }));
program
  .command('review')
  .description('review due flashcards (without a terminal: what is due per domain)')
  .option('--domain <id>', 'only the cards of this exam domain')
  .option('--module <id>', 'only the cards of this module')
  .option('--lesson <id>', 'only the cards of this lesson')
  .option('--retention <r>', 'desired retention, 0.70 to 0.99 (saved; default 0.90)')
  .option('--new-per-day <n>', 'new cards a day, 0 to 200 (saved; default 20)')
  .action(async (opts: StudyOptions) => openScreen({ name: 'review' }, async (s) => (await import('./studyCli.js')).prepareReview(s, opts)));
program
  .command('quiz')
  .description('scenario practice questions, mixed or by domain')
  .option('--domain <id>', 'only the questions of this exam domain')
  .option('--module <id>', 'only the questions of this module')
  .action(async (opts: StudyOptions) => openScreen({ name: 'quiz' }, async (s) => (await import('./studyCli.js')).prepareQuiz(s, opts)));
/** Catalog, options and a lazily opened store for the drill commands. */
async function drillSession() {
  const [{ openSession }, { dataDir }] = await Promise.all([import('./session.js'), import('./paths.js')]);
  const session = await openSession(globals());
  const g = globals();
  return { session, options: { dataDir: dataDir(g.dataDir), context: g.context, allowContext: g.allowContext }, store: async () => session.store };
}
const drill = program
  .command('drill')
  .description('timed hands-on drills on a cluster (drill <id> opens one)')
  .argument('[id]', 'the drill to open')
  .action(async (id: string | undefined) => {
    if (isInteractive()) return openScreen(id ? { name: 'drill', id } : { name: 'drills' });
    const { session } = await drillSession();
    const commands = await import('./drills/commands.js');
    if (id) {
      commands.findDrill(session.catalog, id);
      throw new (await import('./errors.js')).UserError(`drill ${id} needs a terminal; without one use cks-tutor drill setup|check|solve|cleanup ${id}`, 2);
    }
    commands.listCommand(session.catalog, false);
  });
drill
  .command('list')
  .description('all drills (--json: id, title, domain, requires, minutes)')
  .option('--json', 'print JSON')
  .action(async (opts: { json?: boolean }) => {
    const { session } = await drillSession();
    (await import('./drills/commands.js')).listCommand(session.catalog, !!opts.json);
  });
drill
  .command('setup <id>')
  .description('set a drill up on the cluster and print its brief')
  .action(async (id: string) => {
    const { session, options, store } = await drillSession();
    await (await import('./drills/commands.js')).setupCommand(session.catalog, id, options, store);
  });
drill
  .command('check <id>')
  .description('run the checks: exit 0 all pass, 1 some fail, 2 cannot run')
  .option('--json', 'print {"id", "passed", "checks": [...]}')
  .action(async (id: string, opts: { json?: boolean }) => {
    const { session, options, store } = await drillSession();
    process.exitCode = await (await import('./drills/commands.js')).checkCommand(session.catalog, id, options, store, !!opts.json);
  });
drill
  .command('solve <id>')
  .description('apply the reference solution')
  .action(async (id: string) => {
    const { session, options, store } = await drillSession();
    await (await import('./drills/commands.js')).solveCommand(session.catalog, id, options, store);
  });
drill
  .command('cleanup <id>')
  .description('remove everything the drill created')
  .action(async (id: string) => {
    const { session, options, store } = await drillSession();
    await (await import('./drills/commands.js')).cleanupCommand(session.catalog, id, options, store);
  });
program
  .command('exam')
  .description('a two-hour mock exam: 15-20 tasks by the domain weights, scored at the end')
  .option('--practice', 'a shorter run (30 min, 5 tasks) that may show the checks')
  .option('--minutes <n>', 'exam length in minutes')
  .option('--tasks <n>', 'number of tasks (15-20; 1-20 with --practice)')
  .option('--seed <n>', 'draw the same tasks again')
  .option('--plan-only', 'print the drawn tasks without setting anything up')
  .option('--json', 'with --plan-only: {"minutes", "passPercent", "tasks": [{"drill", "domain", "weight"}]}')
  .action(async (opts: ExamOptions & { planOnly?: boolean; json?: boolean }) => {
    const [{ openSession }, { dataDir }, exam] = await Promise.all([import('./session.js'), import('./paths.js'), import('./exam/commands.js')]);
    const settings = exam.examSettings(opts);
    if (opts.planOnly || !isInteractive()) {
      const session = await openSession(globals());
      exam.planOnlyCommand(session.catalog, dataDir(globals().dataDir), globals().context, { ...opts, seed: String(settings.seed) }, !!opts.json);
      if (!opts.planOnly) console.log('The mock exam itself needs a terminal; this is the draw it would make.');
      return;
    }
    return openScreen({ name: 'exam', ...settings });
  });
program
  .command('plan')
  .description('the six-week study plan, laid out backward from the exam date')
  .option('--exam-date <YYYY-MM-DD>', 'set the exam date (saved; the plan is laid out from today)')
  .option('--json', 'print the weeks with their dates as JSON')
  .action(async (opts: { examDate?: string; json?: boolean }) => {
    const progressCli = await import('./progressCli.js');
    if (!opts.json) {
      return openScreen({ name: 'plan' }, async (s) => {
        await progressCli.applyPlanOptions(s, opts);
        return { name: 'plan' };
      });
    }
    const { openSession } = await import('./session.js');
    const session = await openSession(globals());
    await progressCli.applyPlanOptions(session, opts);
    console.log(JSON.stringify(progressCli.planNow(session), null, 2));
  });
program
  .command('progress')
  .description('mastery per domain and readiness against the pass line, the trend, the weakest competencies')
  .option('--json', 'print the figures as JSON ({"readiness", "passLine", "domains": [{"id", "weight", "mastery"}], ...})')
  .option('--markdown', 'print the figures as a Markdown report')
  .action(async (opts: { json?: boolean; markdown?: boolean }) => {
    if (!opts.json && !opts.markdown) return openScreen({ name: 'progress' });
    const [{ openSession }, progressCli] = await Promise.all([import('./session.js'), import('./progressCli.js')]);
    await progressCli.printProgress(await openSession(globals()), opts);
  });
const lab = program.command('lab').description('the local control plane (etcd + kube-apiserver + kube-controller-manager)');
const labDataDir = async () => (await import('./paths.js')).dataDir(globals().dataDir);
lab
  .command('build')
  .description('build the lab binaries from the Go module proxy (once per version)')
  .option('--force', 'rebuild even when they are up to date')
  .action(async (opts: { force?: boolean }) => (await import('./lab/commands.js')).labBuildCommand(!!opts.force));
lab.command('up').description('start the lab (builds and creates it the first time)').action(async () => (await import('./lab/commands.js')).labUpCommand(await labDataDir()));
lab.command('down').description('stop the lab').action(async () => (await import('./lab/commands.js')).labDownCommand(await labDataDir()));
lab
  .command('status')
  .description('each component with its state, port and health')
  .option('--json', 'print the status as JSON')
  .action(async (opts: { json?: boolean }) => {
    process.exitCode = (await import('./lab/commands.js')).labStatusCommand(await labDataDir(), !!opts.json);
  });
lab.command('reset').description('wipe etcd and restore the default configuration').action(async () => (await import('./lab/commands.js')).labResetCommand(await labDataDir()));
lab.command('env').description('print the KUBECONFIG and PATH exports: eval "$(cks-tutor lab env)"').action(async () => (await import('./lab/commands.js')).labEnvCommand(await labDataDir()));
lab
  .command('logs [component]')
  .description('the last lines of the component logs (etcd, kube-apiserver, kube-controller-manager)')
  .option('-n, --lines <n>', 'how many lines', '40')
  .option('-f, --follow', 'keep printing new lines')
  .action(async (component: string | undefined, opts: { lines: string; follow?: boolean }) =>
    (await import('./lab/commands.js')).labLogsCommand(await labDataDir(), component, Number(opts.lines), !!opts.follow),
  );
lab
  .command('supervise <dir>', { hidden: true })
  .description('run the lab supervisor in the foreground (lab up starts it)')
  .action(async (dir: string) => (await import('./lab/supervisor.js')).supervise(dir));
program
  .command('doctor')
  .description('check this machine: Node, content, progress file, tools, cluster')
  .action(async () => {
    const { runDoctor } = await import('./doctor.js');
    process.exitCode = await runDoctor(globals());
  });
program
  .command('validate')
  .description('validate all content and report every problem as file: field: message')
  .action(async () => {
    const [{ loadCatalogWithProblems }, { formatProblem }, { contentRoot }] = await Promise.all([
      import('./content/load.js'),
      import('./content/problems.js'),
      import('./paths.js'),
    ]);
    const { catalog, problems } = loadCatalogWithProblems(contentRoot());
    for (const p of problems) console.log(formatProblem(p));
    if (problems.length) {
      console.error(`cks-tutor: ${problems.length} content problem${problems.length === 1 ? '' : 's'}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `content ok: ${catalog.modules.length} modules, ${catalog.lessons.length} lessons, ${catalog.cards.length} cards, ${catalog.questions.length} questions, ${catalog.drills.length} drills`,
    );
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = reportError(e);
}

function reportError(e: unknown): number {
  if (e instanceof ContentError) {
    console.error(e.message);
    console.error(`cks-tutor: the content has ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} (listed above); fix them and run cks-tutor validate`);
    return 1;
  }
  if (e instanceof UserError) {
    console.error(`cks-tutor: ${e.message}`);
    return e.exitCode;
  }
  if (process.env.CKS_TUTOR_DEBUG) console.error(e);
  console.error(`cks-tutor: unexpected error: ${errorMessage(e)} (set CKS_TUTOR_DEBUG=1 for details)`);
  return 70;
}
