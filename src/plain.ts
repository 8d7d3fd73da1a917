// Plain-text output for when there is no terminal to draw the TUI in (pipes, CI, scripts).
import { homeSummary } from './learning/summary.js';
import type { Session } from './session.js';
import { plainQuiz, plainReview } from './studyCli.js';
import type { Route } from './ui/routes.js';

/** Lessons printed without a terminal are wrapped like this, the width pipes and editors expect. */
const PLAIN_LESSON_WIDTH = 80;

export async function printPlain(route: Route, { catalog, store }: Session): Promise<void> {
  const lines: string[] = [];
  const lesson = route.name === 'lesson' ? catalog.lessonById.get(route.id) : undefined;
  if (lesson) {
    const { renderLesson } = await import('./ui/markdown.js');
    const module = catalog.modules.find((m) => m.id === lesson.module);
    lines.push(lesson.title, `Module ${lesson.moduleNumber}${module ? `: ${module.title}` : ''} · ${lesson.minutes} min · ${lesson.id}`, '');
    lines.push(...(await renderLesson(lesson, PLAIN_LESSON_WIDTH)).plain);
  } else if (route.name === 'modules' || route.name === 'lessons') {
    for (const m of catalog.modules) {
      lines.push(`${m.number}. ${m.title}`);
      for (const l of m.lessons) {
        const status = store.data.lessons[l.id]?.status;
        lines.push(`   ${status === 'done' ? '[x]' : status === 'in-progress' ? '[~]' : '[ ]'} ${l.title} (${l.id}, ${l.minutes} min)`);
      }
    }
  } else if (route.name === 'review') {
    lines.push(...plainReview(catalog, store.data, route, new Date()));
  } else if (route.name === 'quiz') {
    lines.push(...plainQuiz(catalog, store.data, route));
  } else if (route.name === 'today' || route.name === 'plan' || route.name === 'progress') {
    lines.push(...(await (await import('./progressCli.js')).plainReport(route.name, { catalog, store })));
  } else {
    const s = homeSummary(catalog, store.data, new Date());
    lines.push('cks-tutor');
    lines.push(s.daysToExam === null ? 'exam date: not set (cks-tutor plan --exam-date YYYY-MM-DD)' : `exam date: ${s.examDate} (${s.daysToExam} days)`);
    lines.push(`cards due: ${s.dueCards}, new today: ${s.newCards}`);
    lines.push(`streak: ${s.streak} days, studied this week: ${s.minutesThisWeek} min`);
    lines.push(`lessons done: ${s.lessonsDone}/${s.lessonsTotal}, drills passed: ${s.drillsPassed}/${s.drillsTotal}`);
    lines.push(`next lesson: ${s.nextLesson ? `${s.nextLesson.title} (${s.nextLesson.id})` : 'all done'}`);
    lines.push(`progress file: ${store.file}`);
  }
  console.log(lines.join('\n'));
}
