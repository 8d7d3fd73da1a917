// A synthetic course shaped like the real one (the six plan weeks with the real lesson minutes and
// domains, cards, drills of each requirement kind, questions), built through the content schemas, for
// the plan, readiness and agenda tests. Independent of lessons/ and drills/, which keep changing.
import { indexCatalog, type Card, type Catalog, type Drill, type Lesson, type Question } from '../../src/content/catalog.js';
import { DOMAINS, type DomainId } from '../../src/content/domains.js';
import { cardSchema, drillSchema, lessonFrontMatterSchema, planSchema, questionSchema } from '../../src/content/schema.js';
import { emptyStore, type StoreData } from '../../src/store/schema.js';

const ALL = DOMAINS.map((d) => d.id);

/** [id, minutes, domains, competency slug] per week, as in study-plan/plan.yaml and lessons/. */
const WEEKS: Array<{ quota: number; mocks?: number; lessons: Array<[string, number, DomainId[], string]> }> = [
  { quota: 15, lessons: [['cks-exam', 60, ALL, 'network-policies'], ['threat-model', 75, ['cluster-setup', 'cluster-hardening', 'runtime-security'], 'node-metadata']] },
  {
    quota: 25,
    lessons: [
      ['network-policies', 90, ['cluster-setup'], 'network-policies'],
      ['cis-benchmark', 120, ['cluster-setup'], 'cis-benchmark'],
      ['ingress-tls', 90, ['cluster-setup'], 'ingress-tls'],
      ['rbac', 100, ['cluster-hardening'], 'rbac'],
      ['service-accounts', 80, ['cluster-hardening'], 'service-accounts'],
      ['api-access-upgrades', 120, ['cluster-hardening'], 'api-access'],
    ],
  },
  { quota: 20, lessons: [['apparmor', 90, ['system-hardening'], 'kernel-hardening'], ['seccomp', 80, ['system-hardening'], 'kernel-hardening'], ['host-hardening', 100, ['system-hardening'], 'host-footprint']] },
  {
    quota: 25,
    lessons: [['pod-security-admission', 90, ['microservice-vulnerabilities'], 'pod-security-standards'], ['secrets', 100, ['microservice-vulnerabilities'], 'secrets'], ['isolation', 100, ['microservice-vulnerabilities'], 'isolation']],
  },
  { quota: 25, lessons: [['trivy-static-analysis', 100, ['supply-chain'], 'static-analysis'], ['minimal-images-signing', 90, ['supply-chain'], 'base-images'], ['image-admission', 110, ['supply-chain'], 'secure-supply-chain']] },
  {
    quota: 10,
    mocks: 2,
    lessons: [['falco', 90, ['runtime-security'], 'behavioural-analytics'], ['audit-logging', 75, ['runtime-security'], 'audit-logs'], ['immutability-incident-response', 75, ['runtime-security'], 'immutability']],
  },
];

/** [id, domain, requires, lesson, competency slug] */
const DRILLS: Array<[string, DomainId, Array<'files' | 'api' | 'lab' | 'node'>, string, string]> = [
  ['netpol-default-deny', 'cluster-setup', ['api'], 'network-policies', 'network-policies'],
  ['apiserver-cis', 'cluster-setup', ['lab'], 'cis-benchmark', 'cis-benchmark'],
  ['rbac-least-privilege', 'cluster-hardening', ['api'], 'rbac', 'rbac'],
  ['apparmor-profile', 'system-hardening', ['files'], 'apparmor', 'kernel-hardening'],
  ['psa-restricted', 'microservice-vulnerabilities', ['api'], 'pod-security-admission', 'pod-security-standards'],
  ['secrets-at-rest', 'microservice-vulnerabilities', ['lab'], 'secrets', 'secrets'],
  ['dockerfile-hardening', 'supply-chain', ['files'], 'minimal-images-signing', 'base-images'],
  ['audit-policy', 'runtime-security', ['lab'], 'audit-logging', 'audit-logs'],
  ['falco-on-nodes', 'runtime-security', ['node'], 'falco', 'behavioural-analytics'],
];

export const COURSE_LESSONS = WEEKS.flatMap((w) => w.lessons.map((l) => l[0]));

function lesson([id, minutes, domains, competency]: [string, number, DomainId[], string], week: number): Lesson {
  const front = lessonFrontMatterSchema.parse({ id, title: `Lesson ${id}`, domains, competencies: [`${domains[0]}/${competency}`], minutes, objectives: ['Learn it.'] });
  return { ...front, module: `module-${week}`, moduleNumber: week, file: `lessons/${id}.md`, body: `# ${id}\n` };
}

export function drill(id: string, domain: DomainId, requires: Array<'files' | 'api' | 'lab' | 'node'>, lessonId: string, competency: string, tools: string[] = []): Drill {
  const spec = drillSchema.parse({
    id,
    title: `Drill ${id}`,
    domain,
    competencies: [`${domain}/${competency}`],
    requires,
    tools,
    minutes: 5,
    hints: ['one', 'two'],
    checks: [{ id: 'done', title: 'done', file: { path: 'answer.txt' } }],
    explanation: 'Because.',
    lesson: lessonId,
  });
  return { ...spec, dir: `/drills/${domain}/${id}`, file: `drills/${domain}/${id}/drill.yaml`, folder: { domain, name: id } };
}

/** The course; `extraDrills` are added to the drill library (not to the plan). */
export function course(extraDrills: Drill[] = []): Catalog {
  const lessons = WEEKS.flatMap((w, i) => w.lessons.map((l) => lesson(l, i + 1)));
  const cards: Card[] = lessons.flatMap((l, li) =>
    [1, 2].map((n, ci) => ({ ...cardSchema.parse({ id: `${l.id}-card-${n}`, type: 'basic', front: 'Q?', back: 'A.' }), domain: l.domains[0]!, lesson: l.id, module: l.module, file: `${l.id}.cards.yaml`, index: li * 2 + ci })) as Card[],
  );
  const drills = [...DRILLS.map(([id, domain, requires, l, c]) => drill(id, domain, requires, l, c)), ...extraDrills];
  const questions: Question[] = DOMAINS.flatMap((d, di) =>
    [1, 2].map((n) => ({
      ...questionSchema.parse({
        id: `${d.id}-q${n}`,
        domain: d.id,
        competency: d.competencies[0]!.id,
        scenario: 'What now?',
        options: [
          { text: 'right', correct: true, why: 'yes' },
          { text: 'wrong', why: 'no' },
          { text: 'also wrong', why: 'no' },
        ],
      }),
      module: `module-${di + 1}`,
      file: 'questions.yaml',
      index: n,
    })),
  );
  const plan = planSchema.parse({
    weeks: WEEKS.map((w, i) => ({
      week: i + 1,
      title: `Week ${i + 1} topics`,
      goals: [`Goal of week ${i + 1}.`],
      lessons: w.lessons.map((l) => l[0]),
      drills: i === 1 ? ['netpol-default-deny'] : [],
      newCardsPerDay: w.quota,
      mockExams: w.mocks ?? 0,
    })),
  });
  return indexCatalog({ root: '/course', modules: [], lessons, cards, questions, drills, plan });
}

export function freshData(now = new Date(2027, 0, 4, 9)): StoreData {
  return emptyStore(now);
}
