// `cks-tutor doctor`: what works on this machine and what to install, one line each.
import { loadCatalogWithProblems } from './content/load.js';
import { contentRoot, dataDir } from './paths.js';
import { Store } from './store/store.js';
import { which } from './tools.js';
import { errorMessage } from './errors.js';
import { currentContextLabel } from './cluster/current.js';

interface Finding {
  ok: boolean;
  /** A failed required finding makes doctor exit non-zero. */
  required: boolean;
  what: string;
  detail: string;
}

const OPTIONAL_TOOLS: Array<[string, string]> = [
  ['go', 'builds the local lab (cks-tutor lab build)'],
  ['tmux', 'used by the end-to-end tests'],
  ['openssl', 'certificate drills (CSR users, Ingress TLS)'],
  ['jq', 'audit-log investigation drills'],
  ['apparmor_parser', 'AppArmor profile drills (Debian/Ubuntu package apparmor)'],
];

export async function runDoctor(options: { dataDir?: string; context?: string }): Promise<number> {
  const findings: Finding[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  findings.push({ ok: major > 20 || (major === 20 && minor >= 19), required: true, what: 'node', detail: `v${process.versions.node} (needs >= 20.19)` });

  const { catalog, problems } = loadCatalogWithProblems(contentRoot());
  findings.push({
    ok: problems.length === 0,
    required: true,
    what: 'content',
    detail: problems.length ? `${problems.length} problems (run cks-tutor validate)` : `${catalog.lessons.length} lessons, ${catalog.cards.length} cards, ${catalog.drills.length} drills`,
  });

  const dir = dataDir(options.dataDir);
  try {
    const store = await Store.open(dir, { lockWaitMs: 1000 });
    findings.push({ ok: true, required: true, what: 'progress', detail: [store.file, ...store.notices].join(' · ') });
  } catch (e) {
    findings.push({ ok: false, required: true, what: 'progress', detail: errorMessage(e) });
  }

  for (const [tool, why] of OPTIONAL_TOOLS) {
    const path = which(tool);
    findings.push({ ok: !!path, required: false, what: tool, detail: path ? path : `not found: ${why}` });
  }
  const { labReport } = await import('./lab/lab.js');
  const lab = labReport(dir);
  const labUp = lab.running && lab.components.every((c) => c.state === 'ready');
  findings.push({
    ok: labUp,
    required: false,
    what: 'lab',
    detail: labUp
      ? `running (Kubernetes ${lab.version}) in ${lab.dir}`
      : `${lab.running ? 'running but not ready (cks-tutor lab status)' : 'not running'}; binaries ${lab.built ? 'built' : 'not built (cks-tutor lab build)'}`,
  });
  const context = currentContextLabel(dir, options.context);
  findings.push({ ok: !!context, required: false, what: 'cluster', detail: context ? `context ${context}` : 'no cluster: start the lab with cks-tutor lab up' });

  for (const f of findings) console.log(`${f.ok ? 'ok  ' : f.required ? 'FAIL' : 'warn'}  ${f.what.padEnd(16)} ${f.detail}`);
  return findings.some((f) => f.required && !f.ok) ? 1 : 0;
}
