// Rules that span files: unique ids, links that resolve, drill files that exist, CEL that compiles.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from './catalog.js';
import { celProblem } from './cel.js';
import type { Problem } from './problems.js';

export function crossCheck(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  function unique<T extends { id: string; file: string }>(items: T[], what: string, fieldOf: (item: T) => string) {
    const seen = new Map<string, T>();
    items.forEach((item) => {
      const first = seen.get(item.id);
      if (first) add(item.file, fieldOf(item), `duplicate ${what} id ${item.id} (also in ${first.file})`);
      else seen.set(item.id, item);
    });
  }
  unique(catalog.lessons, 'lesson', () => 'id');
  unique(catalog.cards, 'card', (c) => `[${c.index}].id`);
  unique(catalog.questions, 'question', (q) => `[${q.index}].id`);
  unique(catalog.drills, 'drill', () => 'id');
  unique(
    catalog.modules.map((m) => ({ ...m, file: `${m.dir}/module.yaml` })),
    'module',
    () => 'id',
  );

  for (const lesson of catalog.lessons) {
    lesson.competencies.forEach((c, i) => {
      if (!lesson.domains.some((d) => c.startsWith(`${d}/`))) {
        add(lesson.file, `competencies[${i}]`, `${c} belongs to a domain the lesson does not list in domains`);
      }
    });
    lesson.drills.forEach((id, i) => {
      if (!catalog.drillById.has(id)) add(lesson.file, `drills[${i}]`, `no drill with id ${id}`);
    });
  }

  for (const q of catalog.questions) {
    q.cards.forEach((id, i) => {
      if (!catalog.cardById.has(id)) add(q.file, `[${q.index}].cards[${i}]`, `no card with id ${id}`);
    });
  }

  for (const drill of catalog.drills) {
    const f = drill.file;
    if (drill.folder.name !== drill.id) add(f, 'id', `must match its folder name ${drill.folder.name}`);
    if (drill.folder.domain !== drill.domain) add(f, 'domain', `must match its folder drills/${drill.folder.domain}`);
    if (!catalog.lessonById.has(drill.lesson)) add(f, 'lesson', `no lesson with id ${drill.lesson}`);
    drill.cards.forEach((id, i) => {
      if (!catalog.cardById.has(id)) add(f, `cards[${i}]`, `no card with id ${id}`);
    });
    const mustExist = (field: string, rel: string) => {
      if (!existsSync(join(drill.dir, rel))) add(f, field, `file ${rel} does not exist in the drill folder`);
    };
    mustExist('brief', drill.brief);
    drill.setup.manifests.forEach((p, i) => mustExist(`setup.manifests[${i}]`, p));
    drill.setup.nodeFiles.forEach((n, i) => mustExist(`setup.nodeFiles[${i}].from`, n.from));
    if (drill.setup.script) mustExist('setup.script', drill.setup.script);
    if (drill.cleanup.script) mustExist('cleanup.script', drill.cleanup.script);
    if (drill.workspace) mustExist('workspace', drill.workspace);
    mustExist('solution.text', drill.solution.text);
    mustExist('solution.script', drill.solution.script);
    drill.solution.alternatives.forEach((p, i) => mustExist(`solution.alternatives[${i}]`, p));
    drill.solution.nearMisses.forEach((p, i) => mustExist(`solution.nearMisses[${i}]`, p));
    const needsCluster = drill.requires.some((r) => r !== 'files');
    if (drill.requires.includes('files') && needsCluster) add(f, 'requires', 'files cannot be combined with a cluster requirement');
    if (drill.setup.nodeFiles.length && !drill.requires.includes('lab')) add(f, 'setup.nodeFiles', "node files go on the lab's node: add lab to requires");
    if (drill.createsOnNode.length && !drill.requires.includes('lab')) add(f, 'createsOnNode', "node paths are on the lab's node: add lab to requires");
    if (!needsCluster && (drill.setup.manifests.length || drill.namespace || drill.creates.length)) add(f, 'requires', 'a drill with cluster setup needs api, lab or node');
    const ids = new Set<string>();
    drill.checks.forEach((check, i) => {
      const field = `checks[${i}]`;
      if (ids.has(check.id)) add(f, `${field}.id`, `duplicate check id ${check.id}`);
      ids.add(check.id);
      if (check.expect !== undefined) {
        const problem = celProblem(check.kind, check.expect);
        if (problem) add(f, `${field}.expect`, problem);
      }
      const clusterKinds = ['resource', 'can-i', 'admission', 'apiserver-flag', 'audit-log', 'etcd'];
      if (clusterKinds.includes(check.kind) && !needsCluster) add(f, `${field}`, `a ${check.kind} check needs a cluster, but requires is [${drill.requires.join(', ')}]`);
      if (['apiserver-flag', 'audit-log', 'etcd'].includes(check.kind) && !drill.requires.includes('lab')) {
        add(f, `${field}`, `a ${check.kind} check reads the lab's files: add lab to requires`);
      }
      if (check.admission?.manifest) mustExist(`${field}.admission.manifest`, check.admission.manifest);
      if (check.file?.node && !drill.requires.includes('lab')) add(f, `${field}.file.node`, "reads the lab's node: add lab to requires");
      if (check.file && check.file.matches === undefined && check.expect === undefined) add(f, field, 'a file check needs expect or matches');
      for (const [pattern, at] of [[check.file?.matches, 'file.matches'], [check.command?.matches, 'command.matches']] as const) {
        if (pattern === undefined) continue;
        try {
          new RegExp(pattern, 'm');
        } catch (e) {
          add(f, `${field}.${at}`, `invalid regular expression: ${(e as Error).message}`);
        }
      }
      if ((check.kind === 'apiserver-flag' || check.kind === 'audit-log' || check.kind === 'etcd') && check.expect === undefined) {
        add(f, `${field}.expect`, `a ${check.kind} check needs an expect expression`);
      }
    });
  }

  const plan = catalog.plan;
  plan.weeks.forEach((week, w) => {
    if (week.week !== w + 1) add('study-plan/plan.yaml', `weeks[${w}].week`, `must be ${w + 1}`);
    week.lessons.forEach((id, i) => {
      if (!catalog.lessonById.has(id)) add('study-plan/plan.yaml', `weeks[${w}].lessons[${i}]`, `no lesson with id ${id}`);
    });
    week.drills.forEach((id, i) => {
      if (!catalog.drillById.has(id)) add('study-plan/plan.yaml', `weeks[${w}].drills[${i}]`, `no drill with id ${id}`);
    });
  });
  return problems;
}
