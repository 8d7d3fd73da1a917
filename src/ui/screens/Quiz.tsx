// Scenario practice questions: a question with lettered options (shuffled), `a-f` or `1-6` answers,
// `j/k` + `enter` too; then the right answer and why each option is right or wrong. A miss records
// itself and makes the question's cards due now. The end shows the score by domain.
import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import type { Question } from '../../content/catalog.js';
import { DOMAINS } from '../../content/domains.js';
import { attemptsOf, optionOrder, quizQuestions, recordAnswer, scoreByDomain, type QuizFilter } from '../../learning/quiz.js';
import { describeFilter } from '../../learning/review.js';
import type { StoreData } from '../../store/schema.js';
import { useFilterPicker } from '../components/FilterPicker.js';
import { CenteredFrame } from '../components/CenteredFrame.js';
import { useApp, useKeys } from '../context.js';
import { noop, type Binding } from '../keys.js';
import { theme } from '../theme.js';

const LETTERS = 'abcdef';

interface Answer {
  question: Question;
  correct: boolean;
  /** Option index (in the content's order) that was picked. */
  picked: number;
}

export function Quiz(props: QuizFilter) {
  const { catalog, data, update, now, nav, columns, rows } = useApp();
  const [filter, setFilter] = useState<QuizFilter>({ domain: props.domain, module: props.module });
  const [questions, setQuestions] = useState(() => quizQuestions(catalog, data, filter));
  const [index, setIndex] = useState(0);
  const question = questions[index];
  const [order, setOrder] = useState(() => (question ? optionOrder(question, attemptsOf(data, question)) : []));
  const [cursor, setCursor] = useState(0);
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [picking, setPicking] = useState(false);
  const answered = question && answers.length > index ? answers[index] : undefined;
  const writes = useRef<Promise<void>>(Promise.resolve());

  const persist = (change: (d: StoreData) => void) => {
    writes.current = writes.current.then(() => update(change));
  };

  const answer = (shown: number) => {
    if (!question || answered || shown >= order.length) return;
    const picked = order[shown]!;
    const correct = question.options[picked]!.correct;
    const at = now();
    setAnswers((a) => [...a, { question, correct, picked }]);
    setCursor(shown);
    persist((d) => recordAnswer(d, question, correct, at));
  };

  const next = () => {
    const following = questions[index + 1];
    setIndex(index + 1);
    setCursor(0);
    if (following) setOrder(optionOrder(following, attemptsOf(data, following)));
  };

  const restart = (f: QuizFilter) => {
    const list = quizQuestions(catalog, data, f);
    setFilter(f);
    setPicking(false);
    setQuestions(list);
    setIndex(0);
    setCursor(0);
    setAnswers([]);
    setOrder(list[0] ? optionOrder(list[0], attemptsOf(data, list[0])) : []);
  };

  const picker = useFilterPicker({
    open: picking,
    catalog,
    allLabel: 'Mixed: all domains',
    current: filter,
    count: (f) => quizQuestions(catalog, data, f).length,
    height: Math.max(3, rows - 6),
    onPick: (f) => restart({ domain: f.domain, module: f.module }),
    onClose: () => setPicking(false),
  });

  const filterKey: Binding = { keys: ['f'], label: 'filter', run: () => setPicking(true) };
  const missedCards = [...new Set(answers.filter((a) => !a.correct).flatMap((a) => a.question.cards))];
  let bindings: Binding[];
  if (picking) bindings = picker.bindings;
  else if (!question) {
    bindings = [
      ...(missedCards.length ? [{ keys: ['r'], label: 'review due cards', run: () => nav.push({ name: 'review' }) }] : []),
      ...(answers.length ? [{ keys: ['a'], label: 'again', run: () => restart(filter) }] : []),
      filterKey,
    ];
  } else if (answered) {
    bindings = [{ keys: ['enter', 'space', 'n'], show: 'enter', label: index + 1 < questions.length ? 'next question' : 'see the score', run: next }];
  } else {
    const letters = order.map((_, i) => LETTERS[i]!);
    bindings = [
      // Shown once in the key bar; each option has its own (hidden) binding below.
      { keys: [], show: `${letters[0]}-${letters.at(-1)}`, label: 'answer', run: noop },
      ...letters.map((l, i) => ({ keys: [l, String(i + 1)], label: `answer ${l}`, run: () => answer(i), hidden: true })),
      { keys: ['j', 'down'], show: 'j/k', label: 'move', run: () => setCursor((c) => Math.min(order.length - 1, c + 1)) },
      { keys: ['k', 'up'], label: 'up', run: () => setCursor((c) => Math.max(0, c - 1)), hidden: true },
      { keys: ['enter'], label: 'answer the marked one', run: () => answer(cursor) },
      // With six options f is an answer.
      ...(letters.includes('f') ? [] : [filterKey]),
    ];
  }
  useKeys(bindings);

  const width = Math.max(30, Math.min(columns - 4, 90));
  const heading = (
    <Box justifyContent="space-between" width={width}>
      <Text>
        <Text bold>Quiz</Text>
        <Text color={theme.dim}>{` · ${filter.domain || filter.module ? describeFilter(catalog, filter) : 'mixed'}`}</Text>
        {question && !filter.domain ? <Text color={theme.dim}>{` · ${DOMAINS.find((d) => d.id === question.domain)?.title}`}</Text> : null}
      </Text>
      <Text color={theme.dim}>{question ? `${index + 1}/${questions.length}` : ''}</Text>
    </Box>
  );
  let body: React.ReactNode;
  if (picking) body = <Box width={width}>{picker.view}</Box>;
  else if (!question) body = <Score answers={answers} total={questions.length} missedCards={missedCards.length} width={width} />;
  else {
    const rightShown = order.findIndex((i) => question.options[i]!.correct);
    // On a short terminal the explanations need the room: the scenario and the options (read a moment ago)
    // shrink to one line each.
    const compact = !!answered && rows < 30;
    body = (
      <Box flexDirection="column" borderStyle="round" borderColor={theme.dim} paddingX={2} width={width}>
        {compact ? (
          <Text color={theme.dim} wrap="truncate-end">
            {question.scenario.trim().replace(/\s+/g, ' ')}
          </Text>
        ) : (
          <Text bold>{question.scenario.trim()}</Text>
        )}
        {answered ? (
          <Text color={answered.correct ? theme.ok : theme.bad}>
            {answered.correct
              ? 'Right.'
              : `Not this one: the answer is ${LETTERS[rightShown]}. ${question.cards.length} related card${question.cards.length === 1 ? '' : 's'} now due for review.`}
          </Text>
        ) : null}
        <Box flexDirection="column" marginTop={compact ? 0 : 1}>
          {order.map((optionIndex, shown) => {
            const option = question.options[optionIndex]!;
            const isPicked = answered?.picked === optionIndex;
            const mark = !answered ? (shown === cursor ? '›' : ' ') : option.correct ? '✓' : isPicked ? '✗' : ' ';
            const color = !answered ? undefined : option.correct ? theme.ok : isPicked ? theme.bad : undefined;
            return (
              <Box key={optionIndex}>
                <Box width={5} flexShrink={0}>
                  <Text color={color ?? theme.accent}>{`${mark} ${LETTERS[shown]})`}</Text>
                </Box>
                <Box flexDirection="column" flexGrow={1}>
                  <Box height={compact ? 1 : undefined}>
                    <Text color={color} bold={isPicked || (!answered && shown === cursor)} wrap={compact ? 'truncate-end' : 'wrap'}>
                      {option.text}
                    </Text>
                  </Box>
                  {answered ? <Text color={theme.dim}>{option.why.trim()}</Text> : null}
                </Box>
              </Box>
            );
          })}
        </Box>
      </Box>
    );
  }
  return <CenteredFrame heading={heading}>{body}</CenteredFrame>;
}

function Score({ answers, total, missedCards, width }: { answers: Answer[]; total: number; missedCards: number; width: number }) {
  if (total === 0) {
    return (
      <Box borderStyle="round" borderColor={theme.dim} paddingX={2} paddingY={1} width={width}>
        <Text>No questions here; press f to choose another domain.</Text>
      </Box>
    );
  }
  const right = answers.filter((a) => a.correct).length;
  const percent = answers.length ? Math.round((100 * right) / answers.length) : 0;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.dim} paddingX={2} paddingY={1} width={width}>
      <Text>
        <Text bold>Score </Text>
        <Text bold color={percent >= 67 ? theme.ok : theme.bad}>{`${right}/${answers.length} (${percent}%)`}</Text>
      </Text>
      <Box flexDirection="column" marginTop={1}>
        {scoreByDomain(answers).map((s) => (
          <Text key={s.domain}>
            <Text>{s.title.padEnd(40)}</Text>
            <Text color={s.right === s.asked ? theme.ok : s.right * 3 >= s.asked * 2 ? theme.warn : theme.bad}>{`${s.right}/${s.asked}`}</Text>
          </Text>
        ))}
      </Box>
      {missedCards ? (
        <Box marginTop={1}>
          <Text color={theme.dim}>{`${missedCards} card${missedCards === 1 ? '' : 's'} linked to missed questions ${missedCards === 1 ? 'is' : 'are'} due now.`}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
