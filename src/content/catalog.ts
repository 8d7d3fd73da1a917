// The typed, validated view of all content that the rest of the app reads.
import type { DomainId } from './domains.js';
import type { CardSpec, DrillSpec, LessonFrontMatter, ModuleMeta, PlanSpec, QuestionSpec } from './schema.js';

export interface Module extends ModuleMeta {
  /** Folder relative to the content root. */
  dir: string;
  lessons: Lesson[];
}

export interface Lesson extends LessonFrontMatter {
  module: string;
  moduleNumber: number;
  file: string;
  /** Markdown without the front matter. */
  body: string;
}

/** `index` is the position in its file, for problem reports. */
export type Card = CardSpec & { domain: DomainId; lesson: string; module: string; file: string; index: number };

export type Question = QuestionSpec & { module: string; file: string; index: number };

export interface Drill extends DrillSpec {
  /** Absolute path of the drill folder. */
  dir: string;
  file: string;
  folder: { domain: string; name: string };
}

export interface Catalog {
  root: string;
  modules: Module[];
  lessons: Lesson[];
  cards: Card[];
  questions: Question[];
  drills: Drill[];
  plan: PlanSpec;
  lessonById: Map<string, Lesson>;
  cardById: Map<string, Card>;
  questionById: Map<string, Question>;
  drillById: Map<string, Drill>;
  /** Drills practising a lesson: those naming it as their lesson, then those the lesson lists. */
  drillsByLesson: Map<string, Drill[]>;
  cardsByLesson: Map<string, Card[]>;
}

type CatalogParts = Pick<Catalog, 'root' | 'modules' | 'lessons' | 'cards' | 'questions' | 'drills' | 'plan'>;

export function indexCatalog(parts: CatalogParts): Catalog {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  const drillById = byId(parts.drills);
  const drillsByLesson = new Map<string, Drill[]>();
  const cardsByLesson = new Map<string, Card[]>();
  for (const lesson of parts.lessons) {
    const own = parts.drills.filter((d) => d.lesson === lesson.id);
    const listed = lesson.drills.map((id) => drillById.get(id)).filter((d): d is Drill => !!d && !own.includes(d));
    drillsByLesson.set(lesson.id, [...own, ...listed]);
    cardsByLesson.set(lesson.id, parts.cards.filter((c) => c.lesson === lesson.id));
  }
  return {
    ...parts,
    lessonById: byId(parts.lessons),
    cardById: byId(parts.cards),
    questionById: byId(parts.questions),
    drillById,
    drillsByLesson,
    cardsByLesson,
  };
}
