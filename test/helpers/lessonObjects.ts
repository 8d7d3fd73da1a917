// The code blocks of the lessons and the Kubernetes objects in them, for the content lint and the
// server-side dry-run against the lab.
import { Marked, type Token, type Tokens } from 'marked';
import { parseAllDocuments } from 'yaml';
import type { Lesson } from '../../src/content/catalog.js';

export interface CodeBlock {
  lesson: Lesson;
  lang: string;
  text: string;
  /** 1-based line in the lesson file where the block's text starts. */
  line: number;
  /** A heredoc fed to kubectl inside a bash block, rather than a yaml block of its own. */
  heredoc: boolean;
}

export interface LessonObject {
  block: CodeBlock;
  /** Position of the document in its block. */
  index: number;
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string | undefined;
  object: Record<string, unknown>;
}

/** Lines of the file above the body (the front matter), so block lines point into the file. */
function bodyOffset(lesson: Lesson, source: string): number {
  return source.slice(0, source.length - lesson.body.length).split('\n').length - 1;
}

export function codeBlocks(lesson: Lesson, fileSource: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const offset = bodyOffset(lesson, fileSource);
  const bodyLines = lesson.body.split('\n');
  // Blocks come in the order of their opening fences (the token's raw text cannot be searched for:
  // inside a list item it has lost the item's indentation).
  let next = 0;
  const marked = new Marked();
  marked.walkTokens(marked.lexer(lesson.body), (token: Token) => {
    if (token.type !== 'code' || (token as Tokens.Code).codeBlockStyle === 'indented') return;
    const code = token as Tokens.Code;
    while (next < bodyLines.length && !/^\s*(```|~~~)/.test(bodyLines[next]!)) next++;
    const line = offset + next + 2;
    next += code.text.split('\n').length + 2;
    const lang = (code.lang ?? '').trim();
    blocks.push({ lesson, lang, text: code.text, line, heredoc: false });
    if (lang === 'bash' || lang === 'sh') blocks.push(...heredocs(lesson, code.text, line));
  });
  return blocks;
}

/** `kubectl apply|create -f - <<'EOF' ... EOF` bodies: YAML the learner pastes as it stands. */
function heredocs(lesson: Lesson, script: string, firstLine: number): CodeBlock[] {
  const out: CodeBlock[] = [];
  const re = /kubectl[^\n]*\b(?:apply|create)\b[^\n]*<<\s*(['"]?)(\w+)\1[^\n]*\n([\s\S]*?)\n\2$/gm;
  for (const m of script.matchAll(re)) {
    const line = firstLine + script.slice(0, m.index).split('\n').length;
    // An unquoted delimiter lets the shell substitute $(...) and $VAR: that text is not YAML yet.
    if (!m[1] && /\$/.test(m[3]!)) continue;
    out.push({ lesson, lang: 'yaml', text: m[3]!, line, heredoc: true });
  }
  return out;
}

export function parseBlock(block: CodeBlock): { docs: unknown[]; errors: string[] } {
  const docs = parseAllDocuments(block.text, { uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const errors = list.flatMap((d) => d.errors.map((e) => e.message.split('\n')[0]!));
  return { docs: errors.length ? [] : list.map((d) => d.toJS()), errors };
}

/** The documents of a yaml block that name an apiVersion and a kind. */
export function objectsOf(block: CodeBlock): LessonObject[] {
  return parseBlock(block).docs.flatMap((doc, index) => {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return [];
    const o = doc as Record<string, unknown>;
    if (typeof o.apiVersion !== 'string' || typeof o.kind !== 'string') return [];
    const meta = (o.metadata ?? {}) as { name?: string; namespace?: string };
    return [{ block, index, apiVersion: o.apiVersion, kind: o.kind, name: meta.name ?? '(no name)', namespace: meta.namespace, object: o }];
  });
}

/**
 * Files with an apiVersion and kind that kube-apiserver reads from disk but does not serve as API
 * objects: a dry-run cannot check them, so the content lint pins them to the version v1.35 reads.
 */
export const CONFIG_KINDS: Record<string, { apiVersions: string[]; what: string }> = {
  Policy: { apiVersions: ['audit.k8s.io/v1'], what: 'audit policy file (--audit-policy-file)' },
  EncryptionConfiguration: { apiVersions: ['apiserver.config.k8s.io/v1'], what: 'encryption at rest config (--encryption-provider-config)' },
  AdmissionConfiguration: { apiVersions: ['apiserver.config.k8s.io/v1'], what: 'admission plugin config (--admission-control-config-file)' },
  AuthenticationConfiguration: { apiVersions: ['apiserver.config.k8s.io/v1'], what: 'structured authentication config (--authentication-config)' },
  AuthorizationConfiguration: { apiVersions: ['apiserver.config.k8s.io/v1'], what: 'structured authorization config (--authorization-config)' },
  KubeletConfiguration: { apiVersions: ['kubelet.config.k8s.io/v1beta1'], what: 'kubelet config file (/var/lib/kubelet/config.yaml)' },
  ClusterConfiguration: { apiVersions: ['kubeadm.k8s.io/v1beta4'], what: 'kubeadm config file' },
  InitConfiguration: { apiVersions: ['kubeadm.k8s.io/v1beta4'], what: 'kubeadm config file' },
  Config: { apiVersions: ['v1'], what: 'kubeconfig file' },
};

/** API groups that exist only with a CRD installed (the lab has none of these). */
export const CRD_GROUPS: Record<string, string> = {
  'constraints.gatekeeper.sh': 'Gatekeeper constraint (CRD from a ConstraintTemplate)',
  'templates.gatekeeper.sh': 'Gatekeeper ConstraintTemplate (CRD)',
  'security.istio.io': 'Istio security API (CRD)',
  'networking.istio.io': 'Istio networking API (CRD)',
  'cilium.io': 'Cilium API (CRD)',
};

/** Why the lab's apiserver cannot take this object, or undefined when it serves it. */
export function notServed(o: Pick<LessonObject, 'apiVersion' | 'kind'>): string | undefined {
  const config = CONFIG_KINDS[o.kind];
  if (config?.apiVersions.includes(o.apiVersion)) return config.what;
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '';
  return CRD_GROUPS[group];
}

export function describeObject(o: LessonObject): string {
  const where = `${o.block.lesson.file}:${o.block.line}${o.block.heredoc ? ' (heredoc)' : ''}`;
  return `${where} ${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}
