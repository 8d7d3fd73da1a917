// The lessons as content: valid front matter, full coverage of the curriculum, code that parses, links
// that resolve, and v1.35 terms (removed features appear only where a lesson says they are gone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { loadCatalogWithProblems } from '../../src/content/load.js';
import { formatProblem } from '../../src/content/problems.js';
import { COMPETENCY_IDS } from '../../src/content/domains.js';
import { REPO } from '../helpers/paths.js';
import { codeBlocks, CONFIG_KINDS, objectsOf, parseBlock, type CodeBlock } from '../helpers/lessonObjects.js';

const { catalog, problems } = loadCatalogWithProblems(REPO);
const sources = new Map(catalog.lessons.map((l) => [l.id, readFileSync(join(REPO, l.file), 'utf8')]));
const blocks: CodeBlock[] = catalog.lessons.flatMap((l) => codeBlocks(l, sources.get(l.id)!));
const where = (b: CodeBlock) => `${b.lesson.file}:${b.line}`;

describe('lesson content', () => {
  it('every lesson file and its cards load with valid front matter', () => {
    const lessonProblems = problems.filter((p) => p.file.startsWith('lessons/')).map(formatProblem);
    expect(lessonProblems).toEqual([]);
    // Every .md file in the module folders became a lesson.
    expect(catalog.lessons.length).toBe(20);
    for (const l of catalog.lessons) {
      expect(l.objectives.length, l.file).toBeGreaterThan(0);
      expect(l.body.trim().length, l.file).toBeGreaterThan(2000);
    }
  });

  it('has the module split of the course: 2 lessons in the overview, then 3 in each of the six domain modules', () => {
    expect(catalog.modules.map((m) => [m.number, m.lessons.length])).toEqual([
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 3],
      [5, 3],
      [6, 3],
      [7, 3],
    ]);
  });

  it('teaches every competency of the curriculum in at least one lesson', () => {
    const taught = new Set(catalog.lessons.flatMap((l) => l.competencies));
    expect(COMPETENCY_IDS.filter((c) => !taught.has(c))).toEqual([]);
  });

  it('every fenced yaml block parses (several documents allowed), and every json block too', () => {
    const yaml = blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml');
    const json = blocks.filter((b) => b.lang === 'json');
    expect(yaml.length).toBeGreaterThan(50);
    const broken = [
      ...yaml.flatMap((b) => parseBlock(b).errors.map((e) => `${where(b)}: ${e}`)),
      ...json.flatMap((b) => {
        try {
          JSON.parse(b.text);
          return [];
        } catch (e) {
          return [`${where(b)}: ${(e as Error).message}`];
        }
      }),
    ];
    expect(broken).toEqual([]);
  });

  it('config files the apiserver reads from disk use the apiVersion that v1.35 reads', () => {
    const objects = blocks.filter((b) => b.lang === 'yaml').flatMap(objectsOf);
    // A config kind in its own API group (a Kyverno `Policy` is something else).
    const group = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
    const configs = objects.filter((o) => CONFIG_KINDS[o.kind]?.apiVersions.some((v) => group(v) === group(o.apiVersion)));
    expect(configs.length).toBeGreaterThan(5);
    const wrong = configs
      .filter((o) => !CONFIG_KINDS[o.kind]!.apiVersions.includes(o.apiVersion))
      .map((o) => `${where(o.block)}: ${o.kind} has apiVersion ${o.apiVersion}, v1.35 reads ${CONFIG_KINDS[o.kind]!.apiVersions.join(' or ')}`);
    expect(wrong).toEqual([]);
  });

  it('links resolve: lesson drills, the cards beside each lesson, and Markdown links', () => {
    const linkProblems = problems.filter((p) => /^no (drill|card|lesson) with id /.test(p.message)).map(formatProblem);
    expect(linkProblems).toEqual([]);
    // Each lesson has cards that practise it; drills point at lessons that exist.
    expect(catalog.lessons.filter((l) => !catalog.cardsByLesson.get(l.id)?.length).map((l) => l.id)).toEqual([]);
    expect(catalog.drills.filter((d) => !catalog.lessonById.has(d.lesson)).map((d) => d.id)).toEqual([]);
    const marked = new Marked();
    const bad: string[] = [];
    for (const lesson of catalog.lessons) {
      marked.walkTokens(marked.lexer(lesson.body), (t: Token) => {
        if (t.type !== 'link') return;
        const href = (t as Tokens.Link).href;
        if (/^https?:\/\//.test(href)) {
          if (!URL.canParse(href)) bad.push(`${lesson.file}: malformed URL ${href}`);
        } else bad.push(`${lesson.file}: link ${href} leads nowhere a terminal reader can follow (use a full https URL)`);
      });
    }
    expect(bad).toEqual([]);
  });
});

/**
 * Terms for things Kubernetes v1.35 no longer has. A lesson may name them only in its "What changed"
 * section or in the same paragraph or list item that says they are gone, and never in code a learner
 * would copy.
 */
const OUTDATED: Array<{ term: RegExp; why: string }> = [
  { term: /PodSecurityPolicy|policy\/v1beta1/, why: 'PodSecurityPolicy was removed in v1.25 (Pod Security Admission replaced it)' },
  { term: /container\.apparmor\.security\.beta\.kubernetes\.io/, why: 'AppArmor is set with securityContext.appArmorProfile since v1.30' },
  { term: /seccomp\.security\.alpha\.kubernetes\.io/, why: 'seccomp is set with securityContext.seccompProfile since v1.19' },
  { term: /--insecure-port|--insecure-bind-address/, why: 'the insecure port flags were removed in v1.24' },
  { term: /SecurityContextDeny/, why: 'the SecurityContextDeny admission plugin was removed in v1.30' },
  { term: /extensions\/v1beta1|networking\.k8s\.io\/v1beta1|node\.k8s\.io\/v1beta1|rbac\.authorization\.k8s\.io\/v1beta1|audit\.k8s\.io\/v1beta1|certificates\.k8s\.io\/v1beta1|batch\/v1beta1/, why: 'these API versions are no longer served' },
  { term: /kubectl run [^\n]*--generator/, why: 'kubectl run --generator was removed in v1.20' },
];

const GONE = /\b(removed|gone|no longer|deprecated|replaced|old|older|historical|legacy|before v1\.\d+)\b/i;

/** The lesson split into prose paragraphs and list items (with their section), and code blocks. */
function passages(body: string): Array<{ text: string; section: string; code: boolean }> {
  const out: Array<{ text: string; section: string; code: boolean }> = [];
  let section = '';
  let current: string[] = [];
  let code = false;
  const flush = () => {
    if (current.length) out.push({ text: current.join('\n'), section, code });
    current = [];
  };
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      code = !code;
      continue;
    }
    if (!code && /^#{1,6} /.test(line)) {
      flush();
      section = line;
      continue;
    }
    if (!code && (line.trim() === '' || /^\s*([-*]|\d+\.) /.test(line))) flush();
    if (line.trim() !== '') current.push(line);
  }
  flush();
  return out;
}

describe('lessons teach Kubernetes v1.35', () => {
  it('names removed features only to say they are gone, and never in code', () => {
    const found: string[] = [];
    let mentions = 0;
    for (const lesson of catalog.lessons) {
      for (const p of passages(lesson.body)) {
        for (const { term, why } of OUTDATED) {
          if (!term.test(p.text)) continue;
          mentions += 1;
          const explained = /what changed/i.test(p.section) || GONE.test(p.text);
          if (p.code || !explained) found.push(`${lesson.file}: ${p.code ? 'code uses' : 'teaches'} ${term.exec(p.text)![0]} as current (${why}): ${p.text.slice(0, 100)}`);
        }
      }
    }
    // The lessons do warn about these; a rule that never matches would test nothing.
    expect(mentions).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('uses the current field for AppArmor and seccomp in every Pod spec it shows', () => {
    const pods = blocks.filter((b) => b.lang === 'yaml').flatMap(objectsOf);
    const annotated = pods.filter((o) => /apparmor|seccomp/.test(JSON.stringify((o.object.metadata as { annotations?: unknown })?.annotations ?? {})));
    expect(annotated.map((o) => `${where(o.block)} ${o.kind} ${o.name}`)).toEqual([]);
    const fields = pods.filter((o) => /"(appArmorProfile|seccompProfile)"/.test(JSON.stringify(o.object)));
    expect(fields.length).toBeGreaterThan(3);
  });

  it('says the exam runs v1.35, and code that pins a Kubernetes version pins v1.35', () => {
    expect(catalog.lessonById.get('cks-exam')!.body).toMatch(/Kubernetes version\s*\|\s*v1\.35/);
    const pins = blocks.flatMap((b) =>
      [...b.text.matchAll(/registry\.k8s\.io\/(?:kubectl|kube-[a-z-]+):v1\.\d+|kubernetesVersion: v1\.\d+/g)].map((m) => `${where(b)} ${m[0]}`),
    );
    expect(pins.length).toBeGreaterThan(0);
    expect(pins.filter((p) => !/v1\.35\b/.test(p))).toEqual([]);
  });
});
