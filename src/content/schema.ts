// zod schemas for every content file. Cross-file rules (ids unique, links resolve, CEL compiles)
// live in validate.ts; these only describe the shape of one file.
import { z } from 'zod';
import { COMPETENCY_IDS, DOMAIN_IDS } from './domains.js';

// Friendlier wording for the two messages authors see most.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
    if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    return undefined;
  },
});

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-" (like netpol-default-deny)');
const text = z.string().trim().min(1, 'must not be empty');
export const domainId = z.enum(DOMAIN_IDS, { error: () => `must be one of ${DOMAIN_IDS.join(', ')}` });
const competencyId = z
  .string()
  .refine((c) => COMPETENCY_IDS.includes(c), { error: (i) => `unknown competency ${String(i.input)}` });

export const moduleSchema = z.strictObject({
  id,
  number: z.int().min(1).max(7),
  title: text,
  summary: text,
});

export const lessonFrontMatterSchema = z.strictObject({
  id,
  title: text,
  domains: z.array(domainId).min(1, 'must name at least one domain'),
  competencies: z.array(competencyId).default([]),
  minutes: z.int().min(5).max(240),
  objectives: z.array(text).min(1, 'must list at least one objective'),
  /** Drills that practise this lesson beyond those whose `lesson` points here. */
  drills: z.array(id).default([]),
});

const cardBase = {
  id,
  /** Defaults to the lesson's first domain. */
  domain: domainId.optional(),
  tags: z.array(id).default([]),
};

export const cardSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...cardBase, type: z.literal('basic'), front: text, back: text }),
    z.strictObject({
      ...cardBase,
      type: z.literal('cloze'),
      /** Text with the hidden parts in {{double braces}}. */
      text: text.refine((t) => /\{\{[^{}]+\}\}/.test(t), 'must hide at least one part in {{double braces}}'),
      back: text.optional(),
    }),
    z.strictObject({
      ...cardBase,
      type: z.literal('command'),
      front: text,
      answer: text,
      /** Other commands that are just as right (a different but equivalent approach). */
      alternatives: z.array(text).default([]),
      back: text.optional(),
    }),
  ],
  { error: () => 'type must be basic, cloze or command' },
);

export const questionSchema = z
  .strictObject({
    id,
    domain: domainId,
    competency: competencyId.optional(),
    scenario: text,
    options: z
      .array(z.strictObject({ text, correct: z.boolean().default(false), why: text }))
      .min(3, 'needs at least three options')
      .max(6),
    /** Cards that become due sooner when the question is answered wrongly. */
    cards: z.array(id).default([]),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    error: 'exactly one option must be correct',
    path: ['options'],
  });

const cel = text;
const relPath = text.refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), {
  error: 'must be a path inside the drill folder',
});

const resourceRef = z.strictObject({
  apiVersion: text,
  kind: text,
  namespace: text.optional(),
  name: text.optional(),
  labelSelector: text.optional(),
});

/** Each check has a title and exactly one kind key; `expect` is a CEL predicate over the kind's variables. */
const checkKinds = {
  resource: z.strictObject({ ...resourceRef.shape, absent: z.boolean().default(false) }),
  'can-i': z.strictObject({
    /** A user name, or system:serviceaccount:<ns>:<name>. */
    as: text,
    groups: z.array(text).default([]),
    verb: text,
    resource: text,
    group: z.string().default(''),
    subresource: text.optional(),
    namespace: text.optional(),
    name: text.optional(),
    allowed: z.boolean(),
  }),
  admission: z
    .strictObject({
      /** A manifest in the drill folder, sent as a server-side dry-run create. */
      manifest: relPath.optional(),
      /** Or: a Pod made from the live pod template of this workload, to judge what the learner changed. */
      podFrom: z.strictObject({ apiVersion: text, kind: text, namespace: text, name: text }).optional(),
      namespace: text.optional(),
      allowed: z.boolean(),
      messageContains: z.array(text).default([]),
    })
    .refine((a) => (a.manifest === undefined) !== (a.podFrom === undefined), { error: 'needs exactly one of manifest or podFrom' }),
  file: z
    .strictObject({
      /** Path inside the learner's workspace; with node: true, an absolute path on the lab's node. */
      path: text,
      node: z.boolean().default(false),
      format: z.enum(['yaml', 'yaml-stream', 'json', 'text']).default('text'),
      matches: z.string().optional(),
    })
    .refine((f) => (f.node ? f.path.startsWith('/') : !f.path.startsWith('/') && !f.path.split('/').includes('..')), {
      error: 'path must be absolute with node: true, else a path inside the workspace',
      path: ['path'],
    }),
  'apiserver-flag': z.strictObject({ flag: text.regex(/^[a-z0-9-]+$/, 'a flag name without leading dashes') }),
  command: z.strictObject({
    run: z.array(text).min(1),
    exitCode: z.int().optional(),
    matches: z.string().optional(),
  }),
  'audit-log': z.strictObject({ path: text.default('/var/log/kubernetes/audit/audit.log') }),
  etcd: z.strictObject({ key: text.startsWith('/registry/') }),
} as const;

export type CheckKind = keyof typeof checkKinds;
export const CHECK_KINDS = Object.keys(checkKinds) as CheckKind[];

const checkBase = z.strictObject({
  id,
  title: text,
  expect: cel.optional(),
  /** Holds before the learner starts and must still hold at the end (don't break X); the rest must fail before. */
  guard: z.boolean().default(false),
  ...Object.fromEntries(CHECK_KINDS.map((k) => [k, checkKinds[k].optional()])),
});

export type CheckSpec = {
  id: string;
  title: string;
  expect?: string;
  guard: boolean;
} & { [K in CheckKind]?: z.output<(typeof checkKinds)[K]> };

export const checkSchema = checkBase.transform((c, ctx): CheckSpec & { kind: CheckKind } => {
  const kinds = CHECK_KINDS.filter((k) => (c as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: kinds.length === 0 ? `needs one kind: ${CHECK_KINDS.join(', ')}` : `has several kinds: ${kinds.join(', ')}`,
    });
    return z.NEVER;
  }
  return { ...(c as CheckSpec), kind: kinds[0]! };
});

export const REQUIREMENTS = ['files', 'api', 'lab', 'node'] as const;

const scripts = z.array(relPath).default([]);

export const drillSchema = z.strictObject({
  id,
  title: text,
  domain: domainId,
  competencies: z.array(competencyId).min(1),
  /** files: no cluster; api: any cluster API; lab: the editable local control plane; node: real nodes. */
  requires: z.array(z.enum(REQUIREMENTS)).min(1),
  /** Executables that must be on PATH (besides kubectl, which the lab provides). */
  tools: z.array(text).default([]),
  /**
   * Whether a mock exam may draw it. A drill that leaves the cluster unusable until it is solved (a
   * broken apiserver) would take every other task of the exam down with it.
   */
  mockExam: z.boolean().default(true),
  /** Target time in minutes (the exam allows ~5-6 a task). */
  minutes: z.number().min(1).max(15),
  /** Namespace the drill creates and works in; deleted with everything in it at cleanup. */
  namespace: id.optional(),
  brief: relPath.default('brief.md'),
  setup: z
    .strictObject({
      /** Manifests applied before the clock starts; every object gets the label cks-tutor.dev/drill=<id>. */
      manifests: z.array(relPath).default([]),
      /** Files placed on the lab's node (lab drills): node path -> file in the drill folder. Removed at cleanup. */
      nodeFiles: z.array(z.strictObject({ path: text.startsWith('/'), from: relPath })).default([]),
      /** Runs after the manifests, for what a manifest cannot express (breaking the apiserver manifest ...). */
      script: relPath.optional(),
    })
    .prefault({}),
  /** Runs first at cleanup, for what setup started outside the cluster (a local webhook server ...). */
  cleanup: z.strictObject({ script: relPath.optional() }).prefault({}),
  /** Folder copied into the learner's workspace (file drills work there). */
  workspace: relPath.optional(),
  /**
   * Cluster-scoped objects the task asks the learner to create. They carry no drill label, so cleanup
   * removes them by name, and only when they did not exist before setup.
   */
  creates: z.array(z.strictObject({ apiVersion: text, kind: text, name: text })).default([]),
  /** Paths on the lab's node the task asks the learner to create; removed at cleanup when new. */
  createsOnNode: z.array(text.startsWith('/')).default([]),
  hints: z.array(text).min(2, 'needs at least two hints'),
  checks: z.array(checkSchema).min(1),
  solution: z
    .strictObject({
      /** Markdown shown to the learner after giving up or finishing. */
      text: relPath.default('solution/README.md'),
      /** Applies the reference solution (run by `drill solve` and the tests). */
      script: relPath.default('solution/solve.sh'),
      /** Other correct solutions, written differently: the tests require them to pass too. */
      alternatives: scripts,
      /** Nearly right solutions: the tests require at least one check to fail after each. */
      nearMisses: scripts,
    })
    .prefault({}),
  explanation: text,
  lesson: id,
  cards: z.array(id).default([]),
});

export const planSchema = z.strictObject({
  weeks: z
    .array(
      z.strictObject({
        week: z.int().min(1),
        title: text,
        goals: z.array(text).min(1),
        lessons: z.array(id).default([]),
        drills: z.array(id).default([]),
        newCardsPerDay: z.int().min(0).max(100),
        mockExams: z.int().min(0).default(0),
      }),
    )
    .length(6, 'the plan has exactly six weeks'),
});

export type ModuleMeta = z.output<typeof moduleSchema>;
export type LessonFrontMatter = z.output<typeof lessonFrontMatterSchema>;
export type CardSpec = z.output<typeof cardSchema>;
export type QuestionSpec = z.output<typeof questionSchema>;
export type DrillSpec = z.output<typeof drillSchema>;
export type Check = z.output<typeof checkSchema>;
export type PlanSpec = z.output<typeof planSchema>;
