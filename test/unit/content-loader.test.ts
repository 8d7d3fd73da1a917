import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCatalogWithProblems } from '../../src/content/load.js';
import { ContentError, formatProblem } from '../../src/content/problems.js';
import { copyOfFixtureContent, FIXTURE_CONTENT } from '../helpers/paths.js';

function problemsOf(root: string): string[] {
  return loadCatalogWithProblems(root).problems.map(formatProblem);
}

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture changed: ${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

describe('content loader', () => {
  it('loads the fixture into a typed, indexed catalog', () => {
    const catalog = loadCatalog(FIXTURE_CONTENT);
    expect(catalog.modules.map((m) => m.id)).toEqual(['basics']);
    const lesson = catalog.lessonById.get('tokens')!;
    expect(lesson.module).toBe('basics');
    expect(lesson.body).toContain('# Service account tokens');
    expect(lesson.body).not.toContain('objectives:');
    expect(catalog.cardsByLesson.get('tokens')!.map((c) => c.id)).toEqual(['sa-automount-field', 'sa-token-cmd', 'sa-cloze']);
    // A card without its own domain serves its lesson's first domain.
    expect(catalog.cardById.get('sa-token-cmd')!.domain).toBe('cluster-hardening');
    const drill = catalog.drillById.get('sa-no-automount')!;
    expect(drill.checks[0]!.kind).toBe('resource');
    expect(drill.solution.script).toBe('solution/solve.sh');
    expect(catalog.drillsByLesson.get('tokens')!.map((d) => d.id)).toEqual(['sa-no-automount']);
    expect(catalog.plan.weeks).toHaveLength(6);
  });

  it('reports every problem at once as file: field: message', () => {
    const root = copyOfFixtureContent();
    const lessonDir = join(root, 'lessons', '01-basics');
    const drillFile = join(root, 'drills', 'cluster-hardening', 'sa-no-automount', 'drill.yaml');
    edit(join(lessonDir, '01-tokens.md'), 'minutes: 20', 'minutes: twenty');
    edit(join(lessonDir, '01-tokens.cards.yaml'), 'type: cloze', 'type: riddle');
    appendFileSync(join(lessonDir, '01-tokens.cards.yaml'), '- id: sa-automount-field\n  type: basic\n  front: again\n  back: again\n');
    edit(join(lessonDir, 'questions.yaml'), '      correct: true\n', '');
    edit(join(lessonDir, 'questions.yaml'), 'cards: [sa-automount-field]', 'cards: [no-such-card]');
    edit(drillFile, "object.automountServiceAccountToken == false", 'objct.automountServiceAccountToken == false');
    edit(drillFile, 'lesson: tokens', 'lesson: nowhere');
    edit(drillFile, 'manifests: [setup.yaml]', 'manifests: [setup.yaml, missing.yaml]');
    edit(join(root, 'study-plan', 'plan.yaml'), 'drills: [sa-no-automount]', 'drills: [ghost]');

    const problems = problemsOf(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        'lessons/01-basics/01-tokens.md: minutes: Invalid input: expected number, received string',
        'lessons/01-basics/01-tokens.cards.yaml: [2].type: type must be basic, cloze or command',
        'lessons/01-basics/01-tokens.cards.yaml: [3].id: duplicate card id sa-automount-field (also in lessons/01-basics/01-tokens.cards.yaml)',
        'lessons/01-basics/questions.yaml: [0].options: exactly one option must be correct',
        'drills/cluster-hardening/sa-no-automount/drill.yaml: checks[0].expect: Unknown variable: objct',
        'drills/cluster-hardening/sa-no-automount/drill.yaml: lesson: no lesson with id nowhere',
        'drills/cluster-hardening/sa-no-automount/drill.yaml: setup.manifests[1]: file missing.yaml does not exist in the drill folder',
        'study-plan/plan.yaml: weeks[1].drills[0]: no drill with id ghost',
      ]),
    );
    // An invalid lesson still anchors its cards and the plan's link to it: no follow-on errors.
    expect(problems).toHaveLength(8);
  });

  it('names the line of a YAML syntax error and the missing front matter', () => {
    const root = copyOfFixtureContent();
    const lessonDir = join(root, 'lessons', '01-basics');
    writeFileSync(join(lessonDir, 'questions.yaml'), '- id: q\n  scenario: [unclosed\n');
    writeFileSync(join(lessonDir, '02-bare.md'), '# No front matter here\n');
    const problems = problemsOf(root);
    expect(problems).toContain('lessons/01-basics/02-bare.md: front matter: must start with a --- block of YAML front matter');
    expect(problems.some((p) => /^lessons\/01-basics\/questions\.yaml: line \d+: /.test(p))).toBe(true);
  });

  it('rejects unknown fields, unknown domains and a check with two kinds', () => {
    const root = copyOfFixtureContent();
    const drillFile = join(root, 'drills', 'cluster-hardening', 'sa-no-automount', 'drill.yaml');
    edit(drillFile, 'domain: cluster-hardening', 'domain: cluster-hardening\ncolour: blue');
    edit(drillFile, '    resource: {apiVersion', "    file: {path: x.yaml}\n    resource: {apiVersion");
    edit(join(root, 'lessons', '01-basics', '01-tokens.md'), 'domains: [cluster-hardening]', 'domains: [cooking]');
    const problems = problemsOf(root);
    expect(problems).toContain('drills/cluster-hardening/sa-no-automount/drill.yaml: (file): unknown field colour');
    expect(problems).toContain('drills/cluster-hardening/sa-no-automount/drill.yaml: checks[0]: has several kinds: resource, file');
    expect(problems.some((p) => p.startsWith('lessons/01-basics/01-tokens.md: domains[0]: must be one of cluster-setup'))).toBe(true);
  });

  it('throws a ContentError listing the problems from loadCatalog', () => {
    const root = copyOfFixtureContent();
    rmSync(join(root, 'study-plan', 'plan.yaml'));
    expect(() => loadCatalog(root)).toThrow(ContentError);
    expect(() => loadCatalog(root)).toThrow('study-plan/plan.yaml: (file): is missing');
  });
});
