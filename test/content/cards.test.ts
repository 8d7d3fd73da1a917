// The shipped cards and practice questions: enough of them, spread over the domains like the exam,
// and every command card's answer readable by the command matcher.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/catalog.js';
import { DOMAINS } from '../../src/content/domains.js';
import { loadCatalogWithProblems } from '../../src/content/load.js';
import { compareCommands, parseCommandLine, undeclared, type ParsedCommand } from '../../src/learning/commandMatch.js';
import { REPO } from '../helpers/paths.js';

// Problems (in any content) are catalog.test.ts's business; these tests read the cards and questions.
const { catalog } = loadCatalogWithProblems(REPO);
type CommandCard = Extract<Card, { type: 'command' }>;
const commandCards = catalog.cards.filter((c): c is CommandCard => c.type === 'command');
const accepted = (c: CommandCard) => [c.answer, ...c.alternatives];

const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The same command re-typed differently: flags last and reversed, long names, the other value spelling. */
function retype(command: ParsedCommand): string {
  const words = [...command.env.map((e) => e.text), command.program.text, ...command.positionals.map((p) => p.text)].map(quote);
  for (const use of [...command.flags.values()].reverse()) {
    const values = use.values.map((v) => v.text);
    const name = use.def.name;
    if (name.endsWith(' change')) words.push(...values.reverse().map(quote));
    else if (use.def.kind === 'bool') words.push(values.at(-1) === 'true' ? name : `${name}=${values.at(-1)}`);
    else if (use.def.kind === 'optional') words.push(values.at(-1) ? `${name}=${quote(values.at(-1)!)}` : name);
    else if (use.def.kind === 'list') words.push(name.startsWith('--') ? `${name}=${quote(values.reverse().join(','))}` : `${name} ${quote(values.reverse().join(','))}`);
    else if (use.def.kind === 'pair') for (const v of values) words.push(name, ...v.split(' ').map(quote));
    else for (const v of use.def.kind === 'set' ? values.reverse() : values) words.push(name, quote(v));
  }
  if (command.tail) words.push('--', retype(command.tail));
  for (const r of command.redirects) words.push(r.text.replace(/ (.*)$/, (_all, target: string) => ` ${quote(target)}`));
  return words.join(' ');
}

describe('cards', () => {
  it('has at least 300 cards with unique ids', () => {
    expect(catalog.cards.length).toBeGreaterThanOrEqual(300);
    expect(new Set(catalog.cards.map((c) => c.id)).size).toBe(catalog.cards.length);
  });

  it('has at least 30 cards in every domain, each domain within 5 points of its exam weight', () => {
    // Tolerance: a domain's share of the cards may differ from its exam weight by at most 5 percentage
    // points (15% -> 10..20%), so no domain is short by more than a third of its weight.
    for (const domain of DOMAINS) {
      const count = catalog.cards.filter((c) => c.domain === domain.id).length;
      expect(count, domain.id).toBeGreaterThanOrEqual(30);
      const share = (100 * count) / catalog.cards.length;
      expect(Math.abs(share - domain.weight), `${domain.id}: ${share.toFixed(1)}% of the cards, exam weight ${domain.weight}%`).toBeLessThanOrEqual(5);
    }
  });

  it('has all three types and at least 50 command cards', () => {
    expect(commandCards.length).toBeGreaterThanOrEqual(50);
    expect(catalog.cards.some((c) => c.type === 'basic')).toBe(true);
    expect(catalog.cards.some((c) => c.type === 'cloze')).toBe(true);
  });

  it('sits beside the lesson it belongs to', () => {
    for (const card of catalog.cards) {
      const lesson = catalog.lessonById.get(card.lesson);
      expect(lesson, card.id).toBeDefined();
      expect(card.file.replace(/\.cards\.yaml$/, '.md'), card.id).toBe(lesson!.file);
    }
  });
});

describe('command cards', () => {
  it('every answer and alternative parses and matches itself', () => {
    for (const card of commandCards) {
      for (const command of accepted(card)) {
        expect(() => parseCommandLine(command), `${card.id}: ${command}`).not.toThrow();
        expect(compareCommands(command, command).equivalent, `${card.id}: ${command}`).toBe(true);
      }
    }
  });

  it('uses only tools and flags the matcher has tables for', () => {
    const unknown = commandCards.flatMap((card) => accepted(card).flatMap((command) => undeclared(command).map((u) => `${card.id}: ${u}`)));
    expect(unknown).toEqual([]);
  });

  it('still matches when re-typed with the flags moved, renamed and spelled the other way', () => {
    for (const card of commandCards) {
      for (const command of accepted(card)) {
        const line = parseCommandLine(command);
        const retyped = line.commands.map(retype).reduce((text, next, i) => `${text} ${line.joins[i - 1]!.text} ${next}`);
        const result = compareCommands(retyped, command);
        expect(result.differences, `${card.id}\n  answer:  ${command}\n  retyped: ${retyped}`).toEqual([]);
      }
    }
  });

  it('has alternatives that really are different commands (an equivalent one would be redundant)', () => {
    for (const card of commandCards) {
      for (const alt of card.alternatives) expect(compareCommands(alt, card.answer).equivalent, `${card.id}: ${alt}`).toBe(false);
    }
  });
});

describe('practice questions', () => {
  it('has at least 60 questions with unique ids, some in every domain', () => {
    expect(catalog.questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(catalog.questions.map((q) => q.id)).size).toBe(catalog.questions.length);
    for (const domain of DOMAINS) expect(catalog.questions.filter((q) => q.domain === domain.id).length, domain.id).toBeGreaterThanOrEqual(5);
  });

  it('has exactly one correct option, a why on every option and no duplicate options', () => {
    for (const q of catalog.questions) {
      expect(q.options.filter((o) => o.correct), q.id).toHaveLength(1);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, `${q.id}: the quiz letters go up to f`).toBeLessThanOrEqual(6);
      for (const o of q.options) expect(o.why.trim().length, `${q.id}: ${o.text}`).toBeGreaterThan(10);
      expect(new Set(q.options.map((o) => o.text)).size, q.id).toBe(q.options.length);
    }
  });

  it('links to existing cards, so a wrong answer has cards to bring forward', () => {
    for (const q of catalog.questions) {
      expect(q.cards.length, q.id).toBeGreaterThan(0);
      for (const id of q.cards) expect(catalog.cardById.has(id), `${q.id} -> ${id}`).toBe(true);
    }
  });
});
