import { describe, expect, it } from 'vitest';
import { matchingLines, queryWords, searchLessons, type SearchDoc } from '../../src/learning/lessonSearch.js';

const docs: SearchDoc[] = [
  {
    id: 'netpol',
    title: 'NetworkPolicy deep dive',
    lines: [
      'In this lesson you learn to',
      '## Default deny',
      'An empty podSelector selects every Pod in the namespace.',
      'podSelector: {}',
      'A policy with ingress rules',
      'and a namespaceSelector allows traffic',
      '',
      'unrelated text',
      'unrelated text',
      'unrelated text',
      'namespaceSelector far away from the other word',
    ],
  },
  {
    id: 'rbac',
    title: 'RBAC for least privilege',
    lines: ['## Verify with kubectl auth can-i', 'kubectl auth can-i list secrets --as=jane', 'The controller role is not a Role object.'],
  },
];

describe('lesson search', () => {
  it('splits the query into unique lower-case words', () => {
    expect(queryWords('  Pod  pod SELECTOR ')).toEqual(['pod', 'selector']);
    expect(searchLessons(docs, '   ')).toEqual([]);
  });

  it('finds lines holding every word, case-insensitively, with the line number and the lesson', () => {
    const hits = searchLessons(docs, 'EMPTY podselector');
    expect(hits).toEqual([{ id: 'netpol', title: 'NetworkPolicy deep dive', line: 2, snippet: 'An empty podSelector selects every Pod in the namespace.', score: expect.any(Number) }]);
  });

  it('accepts words a line or two apart, reported once at the first line, but not words far apart', () => {
    const hits = searchLessons(docs, 'ingress namespaceselector');
    expect(hits.map((h) => [h.id, h.line, h.snippet])).toEqual([['netpol', 4, 'A policy with ingress rules and a namespaceSelector allows traffic']]);
    expect(searchLessons(docs, 'podselector far')).toEqual([]);
  });

  it('ranks headings and whole-word matches above passing mentions, and a title match first', () => {
    const hits = searchLessons(docs, 'can-i');
    expect(hits.map((h) => h.line)).toEqual([0, 1]);
    const titled = searchLessons(docs, 'rbac');
    expect(titled[0]).toMatchObject({ id: 'rbac', line: 0, snippet: 'RBAC for least privilege' });
    const words = searchLessons([{ id: 'x', title: 'x', lines: ['the hostpod line', 'the pod line'] }], 'pod');
    expect(words.map((h) => h.line)).toEqual([1, 0]);
  });

  it('cuts long lines to a snippet around the first match', () => {
    const long = `${'lorem ipsum '.repeat(20)}needle ${'dolor sit '.repeat(20)}`;
    const [hit] = searchLessons([{ id: 'x', title: 'x', lines: [long] }], 'needle', { snippetLength: 40 });
    expect(hit!.snippet).toMatch(/^….*needle.*…$/);
    expect(hit!.snippet.length).toBeLessThanOrEqual(42);
  });

  it('lists the matching lines of one lesson, for moving from match to match', () => {
    expect(matchingLines(docs[0]!.lines, 'namespaceselector')).toEqual([5, 10]);
    expect(matchingLines(docs[0]!.lines, '')).toEqual([]);
  });

  it('stops at the limit, best hits first', () => {
    const many: SearchDoc = { id: 'm', title: 'm', lines: Array.from({ length: 500 }, (_, i) => (i === 250 ? '## word' : 'word')) };
    const hits = searchLessons([many], 'word', { limit: 10 });
    expect(hits).toHaveLength(10);
    expect(hits[0]!.line).toBe(250);
  });
});
