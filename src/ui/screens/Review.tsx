// Flashcard review: the card centred in a box, `space` reveals, `1-4` grade (each with its next
// interval), `u` undoes. Command cards take a typed command, judged by meaning; the learner may
// overrule the suggested grade. Grading moves to the next card at once; the store write and the
// review-log append follow in order in the background.
import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import type { Card } from '../../content/catalog.js';
import { DOMAINS } from '../../content/domains.js';
import { judgeCommand, type Judgement, type TokenMark } from '../../learning/commandMatch.js';
import {
  applyReview,
  describeFilter,
  gradeCurrent,
  previewGrades,
  revertReview,
  startSession,
  summarize,
  undoLast,
  type ReviewFilter,
  type ReviewSession,
} from '../../learning/review.js';
import { buildQueue, formatInterval, GRADE_LABELS, GRADES, Rating, type Grade } from '../../learning/scheduler.js';
import { newAllowance } from '../../learning/summary.js';
import { localDay } from '../../learning/dates.js';
import { appendToLog, type LogLine } from '../../store/reviewLog.js';
import type { StoreData, StoredCard } from '../../store/schema.js';
import { useFilterPicker } from '../components/FilterPicker.js';
import { LineInput } from '../components/LineInput.js';
import { CenteredFrame } from '../components/CenteredFrame.js';
import { useApp, useKeys } from '../context.js';
import { noop, type Binding } from '../keys.js';
import { theme } from '../theme.js';

const GRADE_COLORS: Record<Grade, string> = {
  [Rating.Again]: theme.bad,
  [Rating.Hard]: theme.warn,
  [Rating.Good]: theme.ok,
  [Rating.Easy]: theme.accent,
};

type Phase =
  /** The front; a command card may be taking the typed answer. */
  | { name: 'front'; typing: boolean }
  /** The answer; `at` is the instant the grades were previewed for and will be given at. */
  | { name: 'answer'; at: Date; due: Record<Grade, Date>; judgement?: Judgement; typed?: string };

const initialPhase = (card: Card | undefined): Phase => ({ name: 'front', typing: card?.type === 'command' });

export function Review(props: ReviewFilter) {
  const { catalog, data, update, now, notify, dataDir, columns, rows } = useApp();
  const [filter, setFilter] = useState<ReviewFilter>({ domain: props.domain, module: props.module, lesson: props.lesson });
  const [session, setSession] = useState<ReviewSession>(() => startSession(catalog, data, filter, now()));
  const card = session.current ? catalog.cardById.get(session.current) : undefined;
  const [phase, setPhase] = useState<Phase>(() => initialPhase(card));
  const [typed, setTyped] = useState('');
  const [picking, setPicking] = useState(false);
  const shownAt = useRef(now());
  // Card states this session changed, ahead of the store write that is still on its way (null: none).
  const local = useRef(new Map<string, StoredCard | null>());
  const writes = useRef<Promise<void>>(Promise.resolve());

  /** The store as this session knows it: for one card (or all), the latest local state. */
  const viewFor = (id?: string): StoreData => {
    const changed = id === undefined ? [...local.current.keys()] : local.current.has(id) ? [id] : [];
    if (!changed.length) return data;
    const cards = { ...data.cards };
    for (const c of changed) {
      const stored = local.current.get(c);
      if (stored) cards[c] = stored;
      else delete cards[c];
    }
    return { ...data, cards };
  };

  const persist = (change: (d: StoreData) => void, lines: LogLine[]) => {
    writes.current = writes.current
      .then(() => update(change))
      .then(() => appendToLog(dataDir, lines))
      .catch((e: Error) => notify(`could not write the review log: ${e.message}`));
  };

  const show = (next: ReviewSession) => {
    const nextCard = next.current ? catalog.cardById.get(next.current) : undefined;
    setSession(next);
    setPhase(initialPhase(nextCard));
    setTyped('');
    shownAt.current = now();
  };

  const reveal = (judged?: { judgement: Judgement; typed: string }) => {
    if (!session.current) return;
    const at = now();
    setPhase({ name: 'answer', at, due: previewGrades(viewFor(session.current), session.current, at), ...judged });
  };

  const gradeWith = (rating: Grade) => {
    if (phase.name !== 'answer' || !session.current) return;
    const source = phase.judgement ? 'typed' : 'self';
    const { session: next, reviewed } = gradeCurrent(session, viewFor(session.current), rating, { at: phase.at, shownAt: shownAt.current, source });
    local.current.set(reviewed.card, reviewed.next);
    persist((d) => applyReview(d, reviewed), [reviewed.entry]);
    show(next);
  };

  const undo = () => {
    const result = undoLast(session);
    if (!result) return;
    const { reviewed } = result;
    local.current.set(reviewed.card, reviewed.previous ?? null);
    persist((d) => revertReview(d, reviewed), [{ undo: reviewed.entry.seq, at: now().toISOString() }]);
    show(result.session);
    notify(`undid ${GRADE_LABELS[reviewed.rating]} on ${reviewed.card}`);
  };

  const restart = (f: ReviewFilter) => {
    setFilter(f);
    setPicking(false);
    show(startSession(catalog, data, f, now()));
  };

  const today = localDay(now());
  const picker = useFilterPicker({
    open: picking,
    catalog,
    allLabel: 'All cards',
    current: filter,
    // Cards that a session with this filter would show now.
    count: (f) => {
      const q = buildQueue(catalog.cards, data, { now: now(), newAllowance: newAllowance(data, today), ...f });
      return q.due.length + q.fresh.length;
    },
    height: Math.max(3, rows - 6),
    onPick: restart,
    onClose: () => setPicking(false),
  });

  const canUndo = session.history.length > 0;
  const undoKey: Binding[] = canUndo ? [{ keys: ['u'], label: 'undo', run: undo }] : [];
  const filterKey: Binding = { keys: ['f'], label: 'filter', run: () => setPicking(true) };
  let bindings: Binding[];
  if (picking) bindings = picker.bindings;
  else if (!card) bindings = [...(session.history.length ? [{ keys: ['r'], label: 'more', run: () => restart(filter) }] : []), filterKey, ...undoKey];
  else if (phase.name === 'front' && phase.typing) {
    // The text field has the keyboard; these only tell what its keys do.
    bindings = [
      { keys: [], show: 'enter', label: 'check', run: noop },
      { keys: [], show: 'esc', label: 'stop typing', run: noop },
    ];
  } else if (phase.name === 'front') {
    bindings = [
      { keys: ['space', 'enter'], show: 'space', label: 'reveal', run: () => reveal() },
      ...(card.type === 'command' ? [{ keys: ['i'], label: 'type the command', run: () => setPhase({ name: 'front', typing: true }) }] : []),
      filterKey,
      ...undoKey,
    ];
  } else {
    const suggested = phase.judgement ? (phase.judgement.equivalent ? Rating.Good : Rating.Again) : undefined;
    bindings = [
      ...GRADES.map((g) => ({ keys: [String(g)], label: `${GRADE_LABELS[g]} ${formatInterval(phase.at, phase.due[g])}`, run: () => gradeWith(g) })),
      ...(suggested ? [{ keys: ['enter'], label: `${GRADE_LABELS[suggested]} (suggested)`, run: () => gradeWith(suggested) }] : []),
      ...undoKey,
      filterKey,
    ];
  }
  useKeys(bindings);

  const width = Math.max(30, Math.min(columns - 4, 84));
  const progress = `${session.history.length}/${session.total}`;
  const heading = (
    <Box justifyContent="space-between" width={width}>
      <Text>
        <Text bold>Review</Text>
        <Text color={theme.dim}>{` · ${describeFilter(catalog, filter)}`}</Text>
      </Text>
      <Text color={theme.dim}>{card ? progress : ''}</Text>
    </Box>
  );

  let body: React.ReactNode;
  if (picking) body = <Box width={width}>{picker.view}</Box>;
  else if (!card) body = <Summary session={session} filter={filter} width={width} data={viewFor()} />;
  else {
    body = (
      <CardBox card={card} width={width}>
        <Front card={card} revealed={phase.name === 'answer'} />
        {card.type === 'command' && phase.name === 'front' ? (
          <Box marginTop={1}>
            <LineInput
              prompt="$ "
              value={typed}
              active={phase.typing}
              placeholder={phase.typing ? 'type the command, enter to check' : 'press i to type the command, space to just see it'}
              onChange={setTyped}
              onSubmit={(text) => reveal({ judgement: judgeCommand(text, [card.answer, ...card.alternatives]), typed: text })}
              onCancel={() => setPhase({ name: 'front', typing: false })}
            />
          </Box>
        ) : null}
        {phase.name === 'answer' ? <Back card={card} judgement={phase.judgement} typed={phase.typed} /> : null}
        {phase.name === 'answer' ? <GradeRow phase={phase} /> : null}
      </CardBox>
    );
  }
  return <CenteredFrame heading={heading}>{body}</CenteredFrame>;
}

function CardBox({ card, width, children }: { card: Card; width: number; children: React.ReactNode }) {
  const { catalog } = useApp();
  const domain = DOMAINS.find((d) => d.id === card.domain);
  const lesson = catalog.lessonById.get(card.lesson);
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.dim} paddingX={2} width={width}>
      <Box justifyContent="space-between">
        <Text color={theme.dim}>{[domain?.title, lesson?.title].filter(Boolean).join(' · ')}</Text>
        <Text color={theme.dim}>{card.type}</Text>
      </Box>
      <Box flexDirection="column" marginY={1}>
        {children}
      </Box>
    </Box>
  );
}

/** Cloze text split into plain and hidden parts. */
function clozeParts(text: string): Array<{ text: string; hidden: boolean }> {
  return text.split(/\{\{([^{}]+)\}\}/).map((part, i) => ({ text: part, hidden: i % 2 === 1 }));
}

function Front({ card, revealed }: { card: Card; revealed: boolean }) {
  if (card.type !== 'cloze') return <Text bold>{card.front.trim()}</Text>;
  return (
    <Text bold>
      {clozeParts(card.text.trim()).map((p, i) =>
        !p.hidden ? (
          <Text key={i}>{p.text}</Text>
        ) : revealed ? (
          <Text key={i} color={theme.ok} underline>
            {p.text}
          </Text>
        ) : (
          <Text key={i} color={theme.accent}>
            [...]
          </Text>
        ),
      )}
    </Text>
  );
}

function Back({ card, judgement, typed }: { card: Card; judgement?: Judgement; typed?: string }) {
  const extra = card.type === 'basic' ? undefined : card.back;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text color={theme.dim}>{'─'.repeat(12)}</Text>
      {card.type === 'basic' ? <Text>{card.back.trim()}</Text> : null}
      {card.type === 'command' ? (judgement && typed !== undefined ? <Verdict card={card} judgement={judgement} /> : <Text color={theme.accent}>{card.answer}</Text>) : null}
      {extra ? (
        <Box marginTop={1}>
          <Text color={theme.dim}>{extra.trim()}</Text>
        </Box>
      ) : null}
    </Box>
  );
}

function Marks({ marks, color }: { marks: TokenMark[]; color: string }) {
  return (
    <Text>
      {marks.map((m, i) => (
        <Text key={i} color={m.ok ? undefined : color} bold={!m.ok} underline={!m.ok}>
          {i ? ' ' : ''}
          {m.text}
        </Text>
      ))}
    </Text>
  );
}

/** A label column and a text column that wraps inside its own column. */
function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Box width={10} flexShrink={0}>
        <Text color={theme.dim}>{label}</Text>
      </Box>
      <Box flexGrow={1}>{children}</Box>
    </Box>
  );
}

function Verdict({ card, judgement }: { card: Extract<Card, { type: 'command' }>; judgement: Judgement }) {
  if (judgement.equivalent) {
    return (
      <Box flexDirection="column">
        <Text color={theme.ok}>✓ same meaning as {judgement.against === 0 ? 'the answer' : 'an accepted answer'}</Text>
        <Labelled label="answer">
          <Text color={theme.accent}>{card.answer}</Text>
        </Labelled>
      </Box>
    );
  }
  const shown = judgement.differences.slice(0, 6);
  return (
    <Box flexDirection="column">
      <Text color={theme.bad}>✗ not the same command</Text>
      <Labelled label="expected">
        <Marks marks={judgement.expected} color={theme.ok} />
      </Labelled>
      <Labelled label="you typed">{judgement.typed.length ? <Marks marks={judgement.typed} color={theme.bad} /> : <Text color={theme.dim}>(nothing)</Text>}</Labelled>
      {shown.map((d, i) => (
        <Text key={i} color={d.kind === 'hint' ? theme.warn : undefined}>{`  · ${d.message}`}</Text>
      ))}
      {judgement.differences.length > shown.length ? <Text color={theme.dim}>{`  · and ${judgement.differences.length - shown.length} more`}</Text> : null}
      {judgement.against !== 0 ? (
        <Labelled label="answer">
          <Text color={theme.dim}>{card.answer}</Text>
        </Labelled>
      ) : null}
    </Box>
  );
}

function GradeRow({ phase }: { phase: Extract<Phase, { name: 'answer' }> }) {
  const suggested = phase.judgement ? (phase.judgement.equivalent ? Rating.Good : Rating.Again) : undefined;
  return (
    <Box marginTop={1} columnGap={3} flexWrap="wrap">
      {GRADES.map((g) => (
        <Text key={g} color={GRADE_COLORS[g]} inverse={g === suggested}>
          {` ${g} ${GRADE_LABELS[g]} ${formatInterval(phase.at, phase.due[g])} `}
        </Text>
      ))}
    </Box>
  );
}

function Summary({ session, filter, width, data }: { session: ReviewSession; filter: ReviewFilter; width: number; data: StoreData }) {
  const { catalog, now } = useApp();
  const t = now();
  const s = summarize(session, catalog, data, t);
  const next = s.nextDue
    ? `Next card due in ${formatInterval(t, s.nextDue)} (${s.nextDue.toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' })})`
    : 'No card scheduled yet: new cards start when you review them.';
  const left = newAllowance(data, localDay(t));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.dim} paddingX={2} paddingY={1} width={width}>
      <Text bold>{s.reviewed ? 'Session done' : `Nothing to review in ${describeFilter(catalog, filter)}`}</Text>
      {s.reviewed ? (
        <Box flexDirection="column" marginTop={1}>
          <Text>
            <Text bold color={theme.accent}>{s.reviewed}</Text>
            {` cards reviewed (${s.newCards} new) in ${Math.max(1, Math.round(s.seconds / 60))} min`}
          </Text>
          <Text>
            <Text bold color={s.againRate > 0.2 ? theme.bad : theme.ok}>{`${Math.round(s.againRate * 100)}%`}</Text>
            {` again (${s.again} of ${s.reviewed})`}
          </Text>
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        <Text>{next}</Text>
        <Text color={theme.dim}>{`${s.dueTomorrow} due by the end of tomorrow · ${left} new cards left today (settings: retention ${data.settings.desiredRetention}, ${data.settings.newCardsPerDay} new per day)`}</Text>
      </Box>
    </Box>
  );
}
