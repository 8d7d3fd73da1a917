// The exam-day checklist shown on the progress screen and in the exports. Facts from the curriculum
// (../shared/CURRICULUM.md: re-check them when the exam changes); the advice is our own.
import { PASS_PERCENT } from '../content/domains.js';

const EXAM_KUBERNETES_VERSION = 'v1.35';

/** Each line short enough for one row of a 100-column terminal. */
export const EXAM_DAY_CHECKLIST: ReadonlyArray<{ topic: string; text: string }> = [
  { topic: 'Format', text: `2 hours, 15-20 weighted hands-on tasks, Kubernetes ${EXAM_KUBERNETES_VERSION}; pass at ${PASS_PERCENT} %.` },
  { topic: 'Time', text: 'About 5-6 minutes a task; flag one that passes 10 minutes and come back later.' },
  { topic: 'Contexts', text: "Run the task's kubectl config use-context line first, every task, every time." },
  { topic: 'ssh', text: 'ssh to the node the task names, sudo -i if needed, then exit to the base host.' },
  { topic: 'Static pods', text: 'Back up a manifest outside manifests/ first; wait for the component to return.' },
  { topic: 'Speed', text: 'alias k=kubectl; export do="--dry-run=client -o yaml"; vim: expandtab, 2 spaces.' },
  { topic: 'Verify', text: 'Check every result: get/describe, kubectl auth can-i, a dry-run or test pod.' },
  { topic: 'Docs', text: 'kubernetes.io docs/blog, Falco, etcd, ingress-nginx, Cilium, Istio, bom, AppArmor, Trivy.' },
];
