// Reads every content file under the content root into one typed Catalog, collecting every problem
// (schema, YAML syntax, cross-file links) instead of stopping at the first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Catalog, Card, Drill, Lesson, Module, Question } from './catalog.js';
import { indexCatalog } from './catalog.js';
import { DOMAIN_IDS, type DomainId } from './domains.js';
import { ContentError, type Problem, zodProblems } from './problems.js';
import {
  cardSchema,
  drillSchema,
  lessonFrontMatterSchema,
  moduleSchema,
  planSchema,
  questionSchema,
  type LessonFrontMatter,
  type PlanSpec,
} from './schema.js';
import { crossCheck } from './validate.js';

export interface LoadResult {
  catalog: Catalog;
  problems: Problem[];
}

/** Loads and validates everything; problems are returned, never thrown. */
export function loadCatalogWithProblems(rootPath: string): LoadResult {
  // Drill folders are used as absolute paths (scripts run from the learner's workspace).
  const root = resolve(rootPath);
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p);

  function parseYaml(file: string, source: string, lineOffset = 0): unknown {
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    for (const err of doc.errors) {
      const line = (err.linePos?.[0]?.line ?? 0) + lineOffset;
      problems.push({ file: rel(file), field: `line ${line}`, message: err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '') });
    }
    return doc.errors.length ? undefined : doc.toJS();
  }

  function validate<S extends z.ZodType>(schema: S, file: string, data: unknown, at: PropertyKey[] = []): z.output<S> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    problems.push(...zodProblems(rel(file), result.error, at));
    return undefined;
  }

  /** A YAML list validated item by item, so one bad card does not hide the rest of its file. */
  function readYamlList<S extends z.ZodType>(itemSchema: S, file: string): Array<z.output<S> & { index: number }> {
    const data = parseYaml(file, readFileSync(file, 'utf8'));
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      problems.push({ file: rel(file), field: '(file)', message: 'must be a YAML list' });
      return [];
    }
    return data.flatMap((item, index) => {
      const valid = validate(itemSchema, file, item, [index]);
      return valid === undefined ? [] : [{ ...valid, index }];
    });
  }

  function readYamlFile<S extends z.ZodType>(schema: S, file: string): z.output<S> | undefined {
    const data = parseYaml(file, readFileSync(file, 'utf8'));
    return data === undefined ? undefined : validate(schema, file, data);
  }

  const modules: Module[] = [];
  const lessons: Lesson[] = [];
  const cards: Card[] = [];
  const questions: Question[] = [];
  const lessonsDir = join(root, 'lessons');
  for (const dirName of listDir(lessonsDir).filter((d) => isDir(join(lessonsDir, d))).sort()) {
    const dir = join(lessonsDir, dirName);
    const moduleFile = join(dir, 'module.yaml');
    if (!existsSync(moduleFile)) {
      problems.push({ file: rel(dir), field: '(folder)', message: 'has no module.yaml' });
      continue;
    }
    const meta = readYamlFile(moduleSchema, moduleFile);
    if (!meta) continue;
    const module: Module = { ...meta, dir: rel(dir), lessons: [] };
    modules.push(module);
    const files = listDir(dir).sort();
    for (const name of files.filter((f) => f.endsWith('.md'))) {
      const file = join(dir, name);
      const lesson = readLesson(file, module);
      if (!lesson) continue;
      module.lessons.push(lesson);
      lessons.push(lesson);
      const cardFile = file.replace(/\.md$/, '.cards.yaml');
      if (!existsSync(cardFile)) continue;
      const specs = readYamlList(cardSchema, cardFile);
      for (const spec of specs) {
        cards.push({ ...spec, domain: (spec.domain ?? lesson.domains[0]) as DomainId, lesson: lesson.id, module: module.id, file: rel(cardFile) });
      }
    }
    for (const name of files.filter((f) => f.endsWith('.cards.yaml'))) {
      if (!files.includes(name.replace(/\.cards\.yaml$/, '.md'))) {
        problems.push({ file: rel(join(dir, name)), field: '(file)', message: 'has no lesson beside it (expected a .md of the same name)' });
      }
    }
    const questionFile = join(dir, 'questions.yaml');
    if (existsSync(questionFile)) {
      for (const spec of readYamlList(questionSchema, questionFile)) {
        questions.push({ ...spec, module: module.id, file: rel(questionFile) });
      }
    }
  }

  function readLesson(file: string, module: Module): Lesson | undefined {
    const source = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    if (!match) {
      problems.push({ file: rel(file), field: 'front matter', message: 'must start with a --- block of YAML front matter' });
      return undefined;
    }
    const data = parseYaml(file, match[1]!, 1);
    if (data === undefined) return undefined;
    // An invalid front matter still yields a stand-in lesson when it has an id, so its cards and the
    // links to it are checked too instead of drowning in follow-on errors. The problems keep the
    // catalog from ever being used.
    const front = validate(lessonFrontMatterSchema, file, data) ?? standIn(data);
    if (!front) return undefined;
    return { ...front, module: module.id, moduleNumber: module.number, file: rel(file), body: source.slice(match[0].length) };
  }

  const drills: Drill[] = [];
  const drillsDir = join(root, 'drills');
  for (const domainDir of listDir(drillsDir).filter((d) => isDir(join(drillsDir, d))).sort()) {
    for (const drillDir of listDir(join(drillsDir, domainDir)).sort()) {
      const dir = join(drillsDir, domainDir, drillDir);
      const file = join(dir, 'drill.yaml');
      if (!isDir(dir)) continue;
      if (!existsSync(file)) {
        problems.push({ file: rel(dir), field: '(folder)', message: 'has no drill.yaml' });
        continue;
      }
      const spec = readYamlFile(drillSchema, file);
      if (spec) drills.push({ ...spec, dir, file: rel(file), folder: { domain: domainDir, name: drillDir } });
    }
  }

  const planFile = join(root, 'study-plan', 'plan.yaml');
  let plan: PlanSpec = { weeks: [] };
  if (existsSync(planFile)) plan = readYamlFile(planSchema, planFile) ?? plan;
  else problems.push({ file: 'study-plan/plan.yaml', field: '(file)', message: 'is missing' });

  const catalog = indexCatalog({ root, modules, lessons, cards, questions, drills, plan });
  problems.push(...crossCheck(catalog));
  return { catalog, problems };
}

/** Loads the catalog or throws a ContentError listing every problem. */
export function loadCatalog(root: string): Catalog {
  const { catalog, problems } = loadCatalogWithProblems(root);
  if (problems.length) throw new ContentError(problems);
  return catalog;
}

function standIn(data: unknown): LessonFrontMatter | undefined {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof raw.id !== 'string') return undefined;
  const domains = (Array.isArray(raw.domains) ? raw.domains : []).filter((d): d is DomainId => DOMAIN_IDS.includes(d as DomainId));
  return { id: raw.id, title: String(raw.title ?? raw.id), domains: domains.length ? domains : [DOMAIN_IDS[0]], competencies: [], minutes: 0, objectives: [], drills: [] };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
