// `cks-tutor today`, `plan` and `progress` on the command line: the exam date checked and saved, today's
// agenda drawn, today's snapshot kept, and the figures printed as plain text, JSON or Markdown.
import { agendaOptions } from './agendaEnv.js';
import type { Catalog } from './content/catalog.js';
import { domainById } from './content/domains.js';
import { UserError } from './errors.js';
import { agendaView, ensureAgenda, readAgenda, todaysAgenda, type AgendaView } from './learning/agenda.js';
import { localDay } from './learning/dates.js';
import { EXAM_DAY_CHECKLIST } from './learning/examDay.js';
import { layoutPlan, parseExamDate, plural, setExamDate, type LaidOutPlan } from './learning/plan.js';
import { computeReadiness, MODEL_EXPLANATION, recordSnapshot, type Readiness } from './learning/readiness.js';
import { homeSummary } from './learning/summary.js';
import type { Session } from './session.js';
import type { StoreData } from './store/schema.js';

// ---- today

/** Draws today's agenda (saved, so the TUI and later runs resume it) and returns it with what is done. */
export async function todayAgenda({ catalog, store }: Session, contextFlag: string | undefined, now = new Date()): Promise<AgendaView> {
  const data = await store.update(ensureAgenda(catalog, now, agendaOptions(store.dir, contextFlag)));
  return agendaView(catalog, data, readAgenda(data, localDay(now))!, now);
}

export function agendaJson(view: AgendaView) {
  return {
    day: view.day,
    week: view.week,
    streak: view.streak,
    minutesToday: view.minutesToday,
    done: view.done,
    next: view.next,
    items: view.entries.map((e) => ({ ...e.item, title: e.title, detail: e.detail, done: e.done, skipped: e.skipped })),
  };
}

function plainAgenda(view: AgendaView): string[] {
  return [
    `today ${view.day}${view.week ? ` · plan week ${view.week}` : ''} · ${view.done}/${view.entries.length} done · streak ${plural(view.streak, 'day')} · ${view.minutesToday} min studied today`,
    ...view.entries.map((e) => `  ${e.done ? '[x]' : e.skipped ? '[-]' : '[ ]'} ${e.title} (${e.detail})`),
    view.entries.length ? 'walk through it in a terminal: cks-tutor today' : 'nothing to do today: everything is done or waits for later',
  ];
}

// ---- plan

/** Saves --exam-date when given (a bad one is a one-line error naming the flag). */
export async function applyPlanOptions({ catalog, store }: Session, opts: { examDate?: string }, now = new Date()): Promise<void> {
  if (opts.examDate === undefined) return;
  const today = localDay(now);
  const day = parseExamDate(opts.examDate, today);
  await store.update(setExamDate(catalog, day, today));
}

export function planNow({ catalog, store }: Session, now = new Date()): LaidOutPlan {
  return layoutPlan(catalog, store.data, localDay(now));
}

const short = (day: string | null) => day?.slice(5) ?? '';

function plainPlan(catalog: Catalog, plan: LaidOutPlan): string[] {
  const lines = [
    plan.examDate
      ? `exam date: ${plan.examDate} (${plan.daysToExam! >= 0 ? `${plural(plan.daysToExam!, 'day')} left` : 'passed'})${plan.currentWeek ? ` · week ${plan.currentWeek} of ${plan.weeks.length}` : ''}`
      : 'exam date: not set (cks-tutor plan --exam-date YYYY-MM-DD)',
    ...plan.notes.map((n) => `note: ${n}`),
  ];
  for (const w of plan.weeks) {
    const mark = w.status === 'done' ? '[x]' : w.status === 'current' ? '[>]' : '[ ]';
    const dates = w.start ? ` ${short(w.start)}..${short(w.end)}` : '';
    lines.push(`${mark} week ${w.week}${dates}: ${w.title} (${w.lessonsDone}/${w.lessons.length} lessons, ${w.newCardsPerDay} new cards a day${w.mockExams ? `, ${plural(w.mockExams, 'mock exam')}` : ''})`);
    for (const id of w.lessons) lines.push(`      ${catalog.lessonById.get(id)?.title ?? id} (${id})`);
  }
  if (plan.behind.length) lines.push(`behind: ${plan.behind.join(', ')}`);
  if (plan.nextLesson) lines.push(`next lesson: ${catalog.lessonById.get(plan.nextLesson)?.title ?? plan.nextLesson} (cks-tutor learn ${plan.nextLesson})`);
  return lines;
}

// ---- progress

/** Computes the figures and keeps today's snapshot, so the trend grows with every look. */
export async function progressFigures({ catalog, store }: Session, now = new Date()): Promise<{ readiness: Readiness; data: StoreData }> {
  const readiness = computeReadiness(catalog, store.data, now);
  const data = await store.update(recordSnapshot(readiness, localDay(now)));
  return { readiness, data };
}

const trendOf = (data: StoreData) =>
  Object.keys(data.snapshots)
    .sort()
    .map((day) => ({ day, readiness: data.snapshots[day]!.readiness }));

function progressJson(catalog: Catalog, data: StoreData, r: Readiness, now: Date) {
  const s = homeSummary(catalog, data, now);
  return {
    readiness: r.readiness,
    passLine: r.passLine,
    verdict: r.verdict,
    model: MODEL_EXPLANATION,
    domains: r.domains,
    competencies: r.competencies,
    trend: trendOf(data),
    exams: data.exams.map((e) => ({ finishedAt: e.finishedAt, percent: e.percent, passed: e.passed, practice: e.practice, domains: e.domains })),
    summary: { ...s, nextLesson: s.nextLesson?.id ?? null },
  };
}

const dash = (v: number | null) => (v === null ? '-' : String(v));

/** Where to work on a competency, as commands. */
function jumps(c: Readiness['competencies'][number]): string[] {
  return [...(c.lesson ? [`cks-tutor learn ${c.lesson}`, `cks-tutor review --lesson ${c.lesson}`] : []), ...(c.drill ? [`cks-tutor drill ${c.drill}`] : [])];
}

function progressMarkdown(data: StoreData, r: Readiness, now: Date): string {
  const lines = [
    `# CKS readiness: ${r.readiness}/100 (${r.verdict})`,
    '',
    `${localDay(now)} · pass line ${r.passLine} %`,
    '',
    ...MODEL_EXPLANATION.map((l) => `> ${l}`),
    '',
    '## Domains',
    '',
    '| Domain | Weight | Mastery | Cards | Drills | Quiz | Coverage | Mock exam |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...r.domains.map((d) => `| ${d.title} | ${d.weight} % | **${d.mastery}** | ${dash(d.retention)} | ${dash(d.drills)} | ${dash(d.questions)} | ${dash(d.coverage)} | ${dash(d.mock)} |`),
    '',
    '## Weakest competencies',
    '',
    ...r.competencies
      .slice(0, 8)
      .map((c, i) => `${i + 1}. **${c.title}** (${domainById(c.domain).title}): mastery ${c.mastery}, ${c.pointsAtStake} exam points at stake. ${jumps(c).map((j) => `\`${j}\``).join(' · ')}`),
    '',
    '## Trend',
    '',
    ...(Object.keys(data.snapshots).length ? ['| Day | Readiness |', '|---|---:|', ...trendOf(data).map((t) => `| ${t.day} | ${t.readiness} |`)] : ['No snapshots yet.']),
    '',
    '## Mock exams',
    '',
    ...(data.exams.length
      ? ['| Finished | Score | Result |', '|---|---:|---|', ...data.exams.map((e) => `| ${e.finishedAt.slice(0, 16).replace('T', ' ')} | ${e.percent} % | ${e.passed ? 'pass' : 'fail'}${e.practice ? ' (practice)' : ''} |`)]
      : ['None taken yet: `cks-tutor exam`.']),
    '',
    '## Exam-day checklist',
    '',
    ...EXAM_DAY_CHECKLIST.map((c) => `- [ ] **${c.topic}**: ${c.text}`),
  ];
  return lines.join('\n');
}

function plainProgress(data: StoreData, r: Readiness): string[] {
  const width = Math.max(...r.domains.map((d) => d.title.length));
  return [
    `readiness: ${r.readiness}/100, pass line ${r.passLine}: ${r.verdict}`,
    ...MODEL_EXPLANATION,
    ...r.domains.map(
      (d) => `  ${d.title.padEnd(width)}  ${String(d.weight).padStart(2)}%  mastery ${String(d.mastery).padStart(3)}  (cards ${dash(d.retention)}, drills ${dash(d.drills)}, quiz ${dash(d.questions)}, coverage ${dash(d.coverage)}${d.mock !== null ? `, mock ${d.mock}` : ''})`,
    ),
    'weakest competencies:',
    ...r.competencies.slice(0, 5).map((c) => `  ${c.pointsAtStake.toFixed(1)} points  ${c.title}: ${jumps(c).join(' | ')}`),
    ...(data.exams.length ? [`mock exams: ${data.exams.map((e) => `${e.percent} %${e.passed ? ' pass' : ''}`).join(', ')}`] : []),
    'the trend, weakest competencies and the exam-day checklist: cks-tutor progress in a terminal, or --markdown',
  ];
}

export async function printProgress(session: Session, opts: { json?: boolean; markdown?: boolean }): Promise<void> {
  if (opts.json && opts.markdown) throw new UserError('--json and --markdown cannot be used together');
  const now = new Date();
  const { readiness, data } = await progressFigures(session, now);
  console.log(opts.json ? JSON.stringify(progressJson(session.catalog, data, readiness, now), null, 2) : progressMarkdown(data, readiness, now));
}

/** The plain output of the three screens (no terminal). */
export async function plainReport(screen: 'today' | 'plan' | 'progress', session: Session): Promise<string[]> {
  const { catalog, store } = session;
  const now = new Date();
  if (screen === 'today') return plainAgenda(agendaView(catalog, store.data, todaysAgenda(catalog, store.data, now, agendaOptions(store.dir)), now));
  if (screen === 'plan') return plainPlan(catalog, planNow(session, now));
  const { readiness, data } = await progressFigures(session, now);
  return plainProgress(data, readiness);
}
