// Synthetic cards and progress for scheduling tests and the review bench.
import { indexCatalog, type Card, type Catalog } from '../../src/content/catalog.js';
import { DOMAIN_IDS } from '../../src/content/domains.js';

/** `count` basic cards spread over the six domains and `lessons` lessons, ids card-0000.. */
export function syntheticCards(count: number, lessons = 20): Card[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `card-${String(i).padStart(4, '0')}`,
    type: 'basic' as const,
    front: `Question ${i}`,
    back: `Answer ${i}`,
    tags: [],
    domain: DOMAIN_IDS[i % DOMAIN_IDS.length]!,
    lesson: `lesson-${i % lessons}`,
    module: `module-${i % 7}`,
    file: `lessons/m/lesson-${i % lessons}.cards.yaml`,
    index: i,
  }));
}

export function catalogOf(cards: Card[]): Catalog {
  return indexCatalog({ root: '', modules: [], lessons: [], cards, questions: [], drills: [], plan: { weeks: [] } });
}
