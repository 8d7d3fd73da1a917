// The shipped content is code: it must validate with zero problems.
import { describe, expect, it } from 'vitest';
import { loadCatalogWithProblems } from '../../src/content/load.js';
import { formatProblem } from '../../src/content/problems.js';
import { REPO } from '../helpers/paths.js';

describe('shipped content', () => {
  it('validates with no problems', () => {
    const { problems } = loadCatalogWithProblems(REPO);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
