// Judges a typed command against a card's answer by meaning, not by string: the command line is split
// like a shell splits it, each command becomes its program, arguments (in order) and flags (in any
// order, `--flag=v` or `--flag v`, short or long name, comma lists as sets), and the two are compared.
// kubectl also gets its resource aliases (po, deploy, netpol ...) and `TYPE/NAME` forms.
//
// The tokenizer is hand-written rather than shell-quote: we need the arguments exactly as the program
// would receive them, with `$VAR`, `*` and `{...}` kept literally (shell-quote expands variables and
// turns globs into objects), plus each token's source text to show a diff.
//
// Flags follow the parsers the tools really use (pflag for kubectl and the Go tools, getopt for the
// rest): a boolean or optional-value flag only takes a value after `=`, so `--dry-run client` is not
// `--dry-run=client` (kubectl reads it as --dry-run plus an extra argument `client`, and fails).
import { TOOL_SPECS, type FlagDef, type ToolSpec } from './commandSpecs.js';

export interface Token {
  /** The argument as the program receives it (quotes removed). */
  value: string;
  /** The source text, quotes included. */
  raw: string;
  /** A shell operator: | || && ; & or a redirection. */
  op: boolean;
}

export class CommandSyntaxError extends Error {}

const OPERATOR = /^(?:\|\||&&|&>>|&>|\d*>>|\d*>&|\d*>|\d*<|\||;|&)/;
const WORD_END = /[\s|&;<>]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i += 1;
      continue;
    }
    const op = OPERATOR.exec(text.slice(i));
    if (op) {
      tokens.push({ value: op[0], raw: op[0], op: true });
      i += op[0].length;
      continue;
    }
    if (text[i] === '#') break; // a comment runs to the end of the line
    const start = i;
    let value = '';
    while (i < text.length && !WORD_END.test(text[i]!)) {
      const ch = text[i]!;
      if (ch === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw new CommandSyntaxError("a ' quote is not closed");
        value += text.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        i += 1;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && '"\\$`\n'.includes(text[i + 1] ?? '')) {
            if (text[i + 1] !== '\n') value += text[i + 1];
            i += 2;
          } else value += text[i++];
        }
        if (i >= text.length) throw new CommandSyntaxError('a " quote is not closed');
        i += 1;
      } else if (ch === '\\') {
        if (text[i + 1] !== undefined && text[i + 1] !== '\n') value += text[i + 1];
        i += 2;
      } else {
        value += ch;
        i += 1;
      }
    }
    tokens.push({ value, raw: text.slice(start, i), op: false });
  }
  return tokens;
}

interface Item {
  /** Normalised text, compared. */
  text: string;
  /** Indexes of the tokens it came from, to mark them in the diff. */
  tokens: number[];
}

interface FlagUse {
  def: FlagDef;
  values: Item[];
  tokens: number[];
}

export interface ParsedCommand {
  env: Item[];
  program: Item;
  positionals: Item[];
  flags: Map<string, FlagUse>;
  redirects: Item[];
  /** kubectl exec/run/debug: the command after `--`. */
  tail?: ParsedCommand;
  /** Readings the learner may not expect (`--dry-run client`), shown when the answer is wrong. */
  notes: string[];
  tokens: number[];
}

export interface ParsedLine {
  tokens: Token[];
  commands: ParsedCommand[];
  /** The operators between commands: | && ; ... */
  joins: Item[];
}

/** What an optional-value flag holds when written without `=`. */
const NO_VALUE = '';
const GENERIC: ToolSpec = { flags: new Map(), unknownTakesValue: false, singleDashLong: false, ignoreEnv: new Set() };
const PROGRAM_ALIASES: Record<string, string> = { k: 'kubectl' };

interface Word {
  tok: Token;
  index: number;
}

/** Parses a command line; `valueFlags` are long flags known to take a value (seen as --flag=v somewhere). */
export function parseCommandLine(text: string, valueFlags: ReadonlySet<string> = new Set()): ParsedLine {
  const tokens = tokenize(text);
  const commands: ParsedCommand[] = [];
  const joins: Item[] = [];
  let words: Word[] = [];
  let redirects: Item[] = [];
  const finish = () => {
    if (words.length === 0) throw new CommandSyntaxError(joins.length || redirects.length ? 'an operator has no command on one side' : 'nothing to run');
    const command = parseWords(words, valueFlags);
    command.redirects = redirects;
    command.tokens.push(...redirects.flatMap((r) => r.tokens));
    commands.push(command);
    words = [];
    redirects = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.op) words.push({ tok, index: i });
    else if (/[<>]/.test(tok.value)) {
      const target = tokens[i + 1];
      if (!target || target.op) throw new CommandSyntaxError(`${tok.value} has no file after it`);
      const op = tok.value.replace(/^1(?=>)/, '');
      redirects.push({ text: `${op}${op.endsWith('&') ? '' : ' '}${target.value}`, tokens: [i, i + 1] });
      i += 1;
    } else {
      finish();
      joins.push({ text: tok.value, tokens: [i] });
    }
  }
  if (words.length || redirects.length || joins.length) finish();
  return { tokens, commands, joins };
}

function parseWords(words: Word[], valueFlags: ReadonlySet<string>): ParsedCommand {
  let i = 0;
  const env: Item[] = [];
  while (i < words.length - 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!.tok.value)) {
    env.push({ text: words[i]!.tok.value, tokens: [words[i]!.index] });
    i += 1;
  }
  // `sudo cmd` runs cmd; on the exam you are usually root already.
  if (words[i]?.tok.value === 'sudo' && i < words.length - 1 && !words[i + 1]!.tok.value.startsWith('-')) i += 1;
  const first = words[i];
  if (!first) throw new CommandSyntaxError('nothing to run');
  const base = first.tok.value.split('/').pop()!;
  const programName = PROGRAM_ALIASES[base] ?? base;
  const spec = TOOL_SPECS.get(programName) ?? GENERIC;
  const args = words.slice(i + 1);
  const table = programName === 'kubectl' ? kubectlTable(spec, args) : spec.flags;
  const command: ParsedCommand = {
    env: env.filter((e) => !spec.ignoreEnv.has(e.text)),
    program: { text: programName, tokens: [first.index] },
    positionals: [],
    flags: new Map(),
    redirects: [],
    notes: [],
    tokens: words.map((w) => w.index),
  };

  const add = (def: FlagDef, value: string, tokens: number[]) => {
    let use = command.flags.get(def.name);
    if (!use) command.flags.set(def.name, (use = { def, values: [], tokens: [] }));
    use.tokens.push(...tokens);
    const parts = def.kind === 'list' ? value.split(',').filter(Boolean) : [value];
    for (const part of parts) use.values.push({ text: normaliseValue(programName, def, part), tokens });
  };
  const lookup = (name: string, attached: boolean): FlagDef =>
    table.get(name) ?? { name, kind: attached || valueFlags.has(name) || (spec.unknownTakesValue && name.startsWith('--')) ? 'value' : 'bool' };

  /** Gives `def` its value(s): attached after `=`, or the next argument(s); returns how many it took. */
  const take = (def: FlagDef, flagToken: number, attached: string | undefined, at: number): number => {
    const next = args[at + 1];
    if (def.kind === 'bool') {
      if (attached === undefined && next && /^(true|false)$/i.test(next.tok.value)) {
        command.notes.push(`${def.name} takes no separate value, so ${next.tok.value} is read as an argument: write ${def.name}=${next.tok.value}`);
      }
      add(def, (attached ?? 'true').toLowerCase(), [flagToken]);
      return 0;
    }
    if (def.kind === 'optional') {
      if (attached === undefined && next && !next.tok.value.startsWith('-')) {
        command.notes.push(`${def.name} ${next.tok.value} is read as ${def.name} with no value and an extra argument ${next.tok.value}: write ${def.name}=${next.tok.value}`);
      }
      add(def, attached ?? NO_VALUE, [flagToken]);
      return 0;
    }
    if (attached !== undefined) {
      add(def, attached, [flagToken]);
      return 0;
    }
    const count = def.kind === 'pair' ? 2 : 1;
    const values = args.slice(at + 1, at + 1 + count);
    if (values.length < count) command.notes.push(`${def.name} needs a value`);
    add(def, values.map((v) => v.tok.value).join(' '), [flagToken, ...values.map((v) => v.index)]);
    return values.length;
  };

  for (let j = 0; j < args.length; j++) {
    const { tok, index } = args[j]!;
    const v = tok.value;
    if (v === '--') {
      const rest = args.slice(j + 1);
      if (programName === 'kubectl' && rest.length) command.tail = parseWords(rest, valueFlags);
      else command.positionals.push(...rest.map((w) => ({ text: w.tok.value, tokens: [w.index] })));
      break;
    }
    if (!v.startsWith('-') || v === '-' || /^-\d+$/.test(v)) {
      command.positionals.push({ text: v, tokens: [index] });
      continue;
    }
    if (spec.singleDashLong) {
      // openssl: -noout is one option; OpenSSL also accepts --noout. Values never attach with =.
      j += take(lookup(v.startsWith('--') ? v.slice(1) : v, false), index, undefined, j);
      continue;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v : v.slice(0, eq);
      const attached = eq < 0 ? undefined : v.slice(eq + 1);
      j += take(lookup(name, attached !== undefined), index, attached, j);
      continue;
    }
    // A getopt / pflag bundle: -it, -tlnp, -qO- (-O takes the rest), -nshop, -n=shop.
    const body = v.slice(1);
    for (let k = 0; k < body.length; k++) {
      const def = lookup(`-${body[k]}`, false);
      if (def.kind === 'bool') {
        // pflag allows -A=true.
        if (body[k + 1] === '=') {
          add(def, body.slice(k + 2).toLowerCase(), [index]);
          break;
        }
        add(def, 'true', [index]);
        continue;
      }
      const rest = body.slice(k + 1).replace(/^=/, '');
      j += take(def, index, rest === '' ? undefined : rest, j);
      break;
    }
  }
  if (programName === 'kubectl') normaliseKubectl(command);
  return command;
}

/** Values written differently but meaning the same: JSON patches with other spacing or key order. */
function normaliseValue(program: string, def: FlagDef, value: string): string {
  if (program === 'kubectl' && def.name === '--resource') return resourceName(value);
  if (/^\s*[[{]/.test(value)) {
    try {
      return stableJson(JSON.parse(value));
    } catch {
      return value;
    }
  }
  return value;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------------
// kubectl

const KUBECTL_SUBCOMMAND_ALIASES: Record<string, Record<string, string>> = {
  create: {
    sa: 'serviceaccount',
    ns: 'namespace',
    cm: 'configmap',
    deploy: 'deployment',
    pdb: 'poddisruptionbudget',
    pc: 'priorityclass',
    resourcequota: 'quota',
    svc: 'service',
    cj: 'cronjob',
  },
  set: { sa: 'serviceaccount' },
  top: { po: 'pod', pods: 'pod', no: 'node', nodes: 'node' },
};

/** [plural, ...other names] as `kubectl api-resources` lists them (short names, singular, kind). */
const RESOURCES: string[][] = [
  ['pods', 'po', 'pod'],
  ['services', 'svc', 'service'],
  ['deployments', 'deploy', 'deployment'],
  ['daemonsets', 'ds', 'daemonset'],
  ['statefulsets', 'sts', 'statefulset'],
  ['replicasets', 'rs', 'replicaset'],
  ['replicationcontrollers', 'rc', 'replicationcontroller'],
  ['jobs', 'job'],
  ['cronjobs', 'cj', 'cronjob'],
  ['configmaps', 'cm', 'configmap'],
  ['secrets', 'secret'],
  ['serviceaccounts', 'sa', 'serviceaccount'],
  ['namespaces', 'ns', 'namespace'],
  ['nodes', 'no', 'node'],
  ['persistentvolumes', 'pv', 'persistentvolume'],
  ['persistentvolumeclaims', 'pvc', 'persistentvolumeclaim'],
  ['networkpolicies', 'netpol', 'networkpolicy'],
  ['roles', 'role'],
  ['rolebindings', 'rolebinding'],
  ['clusterroles', 'clusterrole'],
  ['clusterrolebindings', 'clusterrolebinding'],
  ['certificatesigningrequests', 'csr', 'certificatesigningrequest'],
  ['ingresses', 'ing', 'ingress'],
  ['ingressclasses', 'ingressclass'],
  ['events', 'ev', 'event'],
  ['endpoints', 'ep', 'endpoint'],
  ['endpointslices', 'endpointslice'],
  ['limitranges', 'limits', 'limitrange'],
  ['resourcequotas', 'quota', 'resourcequota'],
  ['storageclasses', 'sc', 'storageclass'],
  ['runtimeclasses', 'runtimeclass'],
  ['poddisruptionbudgets', 'pdb', 'poddisruptionbudget'],
  ['horizontalpodautoscalers', 'hpa', 'horizontalpodautoscaler'],
  ['customresourcedefinitions', 'crd', 'crds', 'customresourcedefinition'],
  ['validatingwebhookconfigurations', 'validatingwebhookconfiguration'],
  ['mutatingwebhookconfigurations', 'mutatingwebhookconfiguration'],
  ['validatingadmissionpolicies', 'validatingadmissionpolicy'],
  ['validatingadmissionpolicybindings', 'validatingadmissionpolicybinding'],
  ['priorityclasses', 'pc', 'priorityclass'],
  ['leases', 'lease'],
  ['componentstatuses', 'cs', 'componentstatus'],
  ['apiservices', 'apiservice'],
  ['controllerrevisions', 'controllerrevision'],
  ['podtemplates', 'podtemplate'],
];
const RESOURCE_ALIASES = new Map(RESOURCES.flatMap(([plural, ...names]) => [plural, ...names].map((n) => [n, plural!] as const)));

/** po -> pods, deploy/web -> deployments/web, netpol.spec -> networkpolicies.spec, NetworkPolicy -> networkpolicies. */
export function resourceName(word: string): string {
  const m = /^([^./]+)(.*)$/.exec(word);
  if (!m) return word;
  const canonical = RESOURCE_ALIASES.get(m[1]!.toLowerCase());
  return canonical ? canonical + m[2] : word;
}

function isResource(word: string): boolean {
  return RESOURCE_ALIASES.has(word.toLowerCase());
}

/** Verbs whose first argument is a resource type (or TYPE/NAME), and where that argument sits. */
const TYPE_AT: Record<string, number> = {
  get: 1,
  describe: 1,
  delete: 1,
  edit: 1,
  label: 1,
  annotate: 1,
  patch: 1,
  scale: 1,
  wait: 1,
  expose: 1,
  autoscale: 1,
  taint: 1,
  rollout: 2,
  set: 2,
};
/** Verbs whose first argument is a Pod, or TYPE/NAME of something that has Pods. */
const POD_REF_VERBS = new Set(['exec', 'logs', 'attach', 'port-forward', 'debug', 'cp']);

/** The flag table for this kubectl subcommand: `logs -p` is --previous, `patch -p` is --patch. */
function kubectlTable(spec: ToolSpec, args: Word[]): ReadonlyMap<string, FlagDef> {
  const positional: string[] = [];
  for (let j = 0; j < args.length && positional.length < 2; j++) {
    const v = args[j]!.tok.value;
    if (v === '--') break;
    if (!v.startsWith('-')) positional.push(v);
    else if (!v.includes('=')) {
      const def = spec.flags.get(v.startsWith('--') ? v : v.slice(0, 2)) ?? (v.startsWith('--') ? { kind: 'value' } : { kind: 'bool' });
      if ((def.kind === 'value' || def.kind === 'list' || def.kind === 'set') && (v.startsWith('--') || v.length === 2)) j += 1;
    }
  }
  const [verb = '', sub = ''] = positional;
  const extra = spec.bySubcommand?.get(`${verb} ${sub}`) ?? spec.bySubcommand?.get(verb);
  return extra ? new Map([...spec.flags, ...extra]) : spec.flags;
}

function normaliseKubectl(command: ParsedCommand): void {
  const p = command.positionals;
  const verb = p[0]?.text;
  if (!verb) return;
  const subAlias = KUBECTL_SUBCOMMAND_ALIASES[verb]?.[p[1]?.text ?? ''];
  if (subAlias) p[1] = { ...p[1]!, text: subAlias };

  if (verb === 'auth' && p[1]?.text === 'can-i' && p[3] && !p[3].text.startsWith('/')) {
    // can-i takes TYPE or TYPE/NAME as one argument: only the type is an alias.
    p[3] = { ...p[3], text: resourceName(p[3].text) };
  } else if (verb === 'explain' && p[1]) {
    p[1] = { ...p[1], text: resourceName(p[1].text) };
  } else if (POD_REF_VERBS.has(verb) && p[1]) {
    const ref = resourceName(p[1].text);
    p[1] = { ...p[1], text: ref.startsWith('pods/') ? ref.slice(5) : ref };
  } else if (TYPE_AT[verb] !== undefined) {
    const at = TYPE_AT[verb]!;
    const out = p.slice(0, at);
    for (const item of p.slice(at)) {
      const slash = item.text.indexOf('/');
      if (slash > 0 && isResource(item.text.slice(0, slash))) {
        // TYPE/NAME is the same as TYPE NAME.
        out.push({ text: resourceName(item.text.slice(0, slash)), tokens: item.tokens }, { text: item.text.slice(slash + 1), tokens: item.tokens });
      } else if (out.length === at) {
        // The type argument: an alias, or a comma list of types (get pods,svc) as a set.
        out.push({ text: [...new Set(item.text.split(',').map(resourceName))].sort().join(','), tokens: item.tokens });
      } else out.push(item);
    }
    command.positionals = out;
    if (verb === 'label' || verb === 'annotate') {
      // The key=value and key- changes after TYPE NAME may come in any order.
      const def: FlagDef = { name: `${verb} change`, kind: 'set' };
      const changes = out.slice(2).filter((i) => /^[^=]+=|^[A-Za-z0-9._/-]+-$/.test(i.text));
      if (changes.length) {
        command.positionals = out.filter((i) => !changes.includes(i));
        command.flags.set(def.name, { def, values: changes, tokens: changes.flatMap((c) => c.tokens) });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Comparison

export interface Difference {
  kind: 'missing' | 'extra' | 'different' | 'hint';
  message: string;
}

export interface TokenMark {
  text: string;
  /** False when this token is part of a difference. */
  ok: boolean;
}

export interface CommandMatch {
  equivalent: boolean;
  differences: Difference[];
  /** The expected command's tokens, with the ones the typed command lacks or gets wrong marked. */
  expected: TokenMark[];
  /** The typed command's tokens, with the ones the expected command lacks or has otherwise marked. */
  typed: TokenMark[];
}

class Diff {
  readonly differences: Difference[] = [];
  readonly badExpected = new Set<number>();
  readonly badTyped = new Set<number>();
  add(kind: Difference['kind'], message: string, expected: number[] = [], typed: number[] = []) {
    this.differences.push({ kind, message });
    for (const t of expected) this.badExpected.add(t);
    for (const t of typed) this.badTyped.add(t);
  }
}

const code = (s: string) => `\`${s}\``;

function flagKey(use: FlagUse): string[] {
  const values = use.values.map((v) => v.text);
  if (use.def.kind === 'bool' || use.def.kind === 'optional') return values.slice(-1);
  if (use.def.kind === 'list' || use.def.kind === 'set') return [...new Set(values)].sort();
  return values;
}

/** A flag as it was written on its side (`-n shop`, `--verb=get --verb=list`). */
function showFlag(tokens: Token[], use: FlagUse): string {
  return sourceText(tokens, [...new Set(use.tokens)].sort((a, b) => a - b));
}

function compareSets(what: string, expected: Item[], typed: Item[], diff: Diff, prefix: string) {
  const typedTexts = new Set(typed.map((t) => t.text));
  const expectedTexts = new Set(expected.map((t) => t.text));
  for (const e of expected) if (!typedTexts.has(e.text)) diff.add('missing', `${prefix}${what}missing ${code(e.text)}`, e.tokens);
  for (const t of typed) if (!expectedTexts.has(t.text)) diff.add('extra', `${prefix}${what}extra ${code(t.text)}`, [], t.tokens);
}

/** Arguments in order: a longest common subsequence, then what is left over on either side. */
function comparePositionals(expected: Item[], typed: Item[], diff: Diff, prefix: string) {
  const n = expected.length;
  const m = typed.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = expected[i]!.text === typed[j]!.text ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  const gapE: Item[] = [];
  const gapT: Item[] = [];
  const flush = () => {
    const pairs = Math.min(gapE.length, gapT.length);
    for (let k = 0; k < pairs; k++) diff.add('different', `${prefix}expected ${code(gapE[k]!.text)}, got ${code(gapT[k]!.text)}`, gapE[k]!.tokens, gapT[k]!.tokens);
    for (const e of gapE.slice(pairs)) diff.add('missing', `${prefix}missing ${code(e.text)}`, e.tokens);
    for (const t of gapT.slice(pairs)) diff.add('extra', `${prefix}extra ${code(t.text)}`, [], t.tokens);
    gapE.length = 0;
    gapT.length = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && expected[i]!.text === typed[j]!.text) {
      flush();
      i += 1;
      j += 1;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) gapT.push(typed[j++]!);
    else gapE.push(expected[i++]!);
  }
  flush();
}

function sourceText(tokens: Token[], indexes: number[]): string {
  return indexes.map((i) => tokens[i]!.raw).join(' ');
}

function compareCommand(e: ParsedCommand, t: ParsedCommand, diff: Diff, prefix: string, et: Token[], tt: Token[]) {
  const before = diff.differences.length;
  if (e.program.text !== t.program.text) {
    diff.add('different', `${prefix}expected ${code(e.program.text)}, got ${code(t.program.text)}`, e.tokens, t.tokens);
    return;
  }
  compareSets('', e.env, t.env, diff, prefix);
  comparePositionals(e.positionals, t.positionals, diff, prefix);
  for (const [name, eu] of e.flags) {
    const tu = t.flags.get(name);
    if (!tu) {
      diff.add('missing', `${prefix}missing ${code(showFlag(et, eu))}`, eu.tokens);
      continue;
    }
    const ek = flagKey(eu);
    const tk = flagKey(tu);
    if (ek.join('\u0000') === tk.join('\u0000')) continue;
    if (eu.def.kind === 'list' || eu.def.kind === 'set') {
      const label = `${name}: `;
      for (const v of ek) if (!tk.includes(v)) diff.add('missing', `${prefix}${label}missing ${code(v)}`, eu.tokens, tu.tokens);
      for (const v of tk) if (!ek.includes(v)) diff.add('extra', `${prefix}${label}extra ${code(v)}`, eu.tokens, tu.tokens);
    } else {
      diff.add('different', `${prefix}expected ${code(showFlag(et, eu))}, got ${code(showFlag(tt, tu))}`, eu.tokens, tu.tokens);
    }
  }
  for (const [name, tu] of t.flags) if (!e.flags.has(name)) diff.add('extra', `${prefix}extra ${code(showFlag(tt, tu))}`, [], tu.tokens);
  compareSets('', e.redirects, t.redirects, diff, prefix);
  if (e.tail && t.tail) compareCommand(e.tail, t.tail, diff, `${prefix}after --: `, et, tt);
  else if (e.tail) diff.add('missing', `${prefix}missing the command after --`, e.tail.tokens);
  else if (t.tail) diff.add('extra', `${prefix}extra command after --`, [], t.tail.tokens);
  if (diff.differences.length > before) for (const note of t.notes) diff.add('hint', note);
}

function compareLines(e: ParsedLine, t: ParsedLine): Diff {
  const diff = new Diff();
  const shared = Math.min(e.commands.length, t.commands.length);
  for (let i = 0; i < shared; i++) {
    const prefix = e.commands.length > 1 || t.commands.length > 1 ? `command ${i + 1}: ` : '';
    compareCommand(e.commands[i]!, t.commands[i]!, diff, prefix, e.tokens, t.tokens);
    if (i < shared - 1 && e.joins[i]!.text !== t.joins[i]!.text) {
      diff.add('different', `expected ${code(e.joins[i]!.text)} between commands ${i + 1} and ${i + 2}, got ${code(t.joins[i]!.text)}`, e.joins[i]!.tokens, t.joins[i]!.tokens);
    }
  }
  for (let i = shared; i < e.commands.length; i++) {
    const tokens = [...e.joins[i - 1]!.tokens, ...e.commands[i]!.tokens];
    diff.add('missing', `missing ${code(sourceText(e.tokens, tokens))}`, tokens);
  }
  for (let i = shared; i < t.commands.length; i++) {
    const tokens = [...t.joins[i - 1]!.tokens, ...t.commands[i]!.tokens];
    diff.add('extra', `extra ${code(sourceText(t.tokens, tokens))}`, [], tokens);
  }
  return diff;
}

/** Long flags written as --flag=value anywhere in these lines: they take a value in all of them. */
function valueFlagsIn(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/(?:^|[\s'"])(--[A-Za-z0-9][\w.-]*)=/g)) names.add(m[1]!);
  return names;
}

const marks = (tokens: Token[], bad: Set<number>): TokenMark[] => tokens.map((tok, i) => ({ text: tok.raw, ok: !bad.has(i) }));

/** Is `typed` the same command as `expected`? Throws CommandSyntaxError only for a broken `expected`. */
export function compareCommands(typed: string, expected: string): CommandMatch {
  const hints = valueFlagsIn([typed, expected]);
  const e = parseCommandLine(expected, hints);
  const allBad = (tokens: Token[]) => marks(tokens, new Set(tokens.map((_, i) => i)));
  if (!typed.trim()) return { equivalent: false, differences: [{ kind: 'missing', message: 'nothing typed' }], expected: allBad(e.tokens), typed: [] };
  let t: ParsedLine;
  try {
    t = parseCommandLine(typed, hints);
  } catch (err) {
    if (!(err instanceof CommandSyntaxError)) throw err;
    return { equivalent: false, differences: [{ kind: 'different', message: `cannot read it: ${err.message}` }], expected: allBad(e.tokens), typed: [{ text: typed, ok: false }] };
  }
  const diff = compareLines(e, t);
  const equivalent = diff.differences.length === 0;
  return { equivalent, differences: diff.differences, expected: marks(e.tokens, diff.badExpected), typed: marks(t.tokens, diff.badTyped) };
}

export interface Judgement extends CommandMatch {
  /** Which accepted command it was compared with: 0 is the card's answer, 1.. its alternatives. */
  against: number;
}

const wrongTokens = (m: CommandMatch) => [...m.expected, ...m.typed].filter((t) => !t.ok).length;

/** Compares with the answer and each alternative; right if any matches, else the closest one's diff. */
export function judgeCommand(typed: string, answers: readonly string[]): Judgement {
  let best: Judgement | undefined;
  for (const [against, answer] of answers.entries()) {
    const match = { ...compareCommands(typed, answer), against };
    if (match.equivalent) return match;
    // Closest: the fewest tokens marked wrong on either side.
    if (!best || wrongTokens(match) < wrongTokens(best)) best = match;
  }
  if (!best) throw new Error('judgeCommand needs at least one answer');
  return best;
}

/** Flags in `text` that the tool's table does not declare, and programs with no table (content lint). */
export function undeclared(text: string): string[] {
  const out: string[] = [];
  const visit = (command: ParsedCommand) => {
    const spec = TOOL_SPECS.get(command.program.text);
    if (!spec) out.push(`${command.program.text} (no flag table)`);
    else if (!spec.unknownTakesValue) {
      for (const use of command.flags.values()) if (!spec.flags.has(use.def.name)) out.push(`${command.program.text} ${use.def.name}`);
    }
    if (command.tail) visit(command.tail);
  };
  parseCommandLine(text).commands.forEach(visit);
  return out;
}
