// The six CKS domains of the current curriculum (exams after 2024-10-15) with their exam weights.
// Everything the tutor tracks is keyed by these ids, so they are part of the progress file's contract.

export const DOMAIN_IDS = [
  'cluster-setup',
  'cluster-hardening',
  'system-hardening',
  'microservice-vulnerabilities',
  'supply-chain',
  'runtime-security',
] as const;

export type DomainId = (typeof DOMAIN_IDS)[number];

export interface Competency {
  /** `<domain>/<slug>`, referenced from lesson front matter and drills. */
  id: string;
  title: string;
}

export interface Domain {
  id: DomainId;
  title: string;
  short: string;
  /** Exam weight in percent. */
  weight: number;
  competencies: Competency[];
}

function competencies(domain: DomainId, items: Array<[string, string]>): Competency[] {
  return items.map(([slug, title]) => ({ id: `${domain}/${slug}`, title }));
}

export const DOMAINS: readonly Domain[] = [
  {
    id: 'cluster-setup',
    title: 'Cluster Setup',
    short: 'Setup',
    weight: 15,
    competencies: competencies('cluster-setup', [
      ['network-policies', 'Network security policies to restrict cluster-level access'],
      ['cis-benchmark', 'CIS benchmark review of etcd, kubelet, kubedns and kube-apiserver'],
      ['ingress-tls', 'Ingress objects with TLS'],
      ['node-metadata', 'Protect node metadata and endpoints'],
      ['verify-binaries', 'Verify platform binaries before deploying'],
    ]),
  },
  {
    id: 'cluster-hardening',
    title: 'Cluster Hardening',
    short: 'Hardening',
    weight: 15,
    competencies: competencies('cluster-hardening', [
      ['rbac', 'RBAC to minimise exposure'],
      ['service-accounts', 'Service accounts: disable defaults, minimise permissions of new ones'],
      ['api-access', 'Restrict access to the Kubernetes API'],
      ['upgrades', 'Upgrade Kubernetes to avoid vulnerabilities'],
    ]),
  },
  {
    id: 'system-hardening',
    title: 'System Hardening',
    short: 'System',
    weight: 10,
    competencies: competencies('system-hardening', [
      ['host-footprint', 'Minimise the host OS footprint'],
      ['iam', 'Least-privilege identity and access management'],
      ['network-exposure', 'Minimise external access to the network'],
      ['kernel-hardening', 'Kernel hardening tools: AppArmor and seccomp'],
    ]),
  },
  {
    id: 'microservice-vulnerabilities',
    title: 'Minimize Microservice Vulnerabilities',
    short: 'Microservices',
    weight: 20,
    competencies: competencies('microservice-vulnerabilities', [
      ['pod-security-standards', 'Appropriate Pod Security Standards'],
      ['secrets', 'Manage Kubernetes Secrets'],
      ['isolation', 'Isolation techniques: multi-tenancy, sandboxed containers'],
      ['pod-encryption', 'Pod-to-Pod encryption (Cilium, Istio)'],
    ]),
  },
  {
    id: 'supply-chain',
    title: 'Supply Chain Security',
    short: 'Supply chain',
    weight: 20,
    competencies: competencies('supply-chain', [
      ['base-images', 'Minimise base image footprint'],
      ['sbom', 'Understand your supply chain: SBOM, CI/CD, artifact repositories'],
      ['secure-supply-chain', 'Secure the supply chain: permitted registries, sign and validate artifacts'],
      ['static-analysis', 'Static analysis of workloads and images (Kubesec, KubeLinter)'],
    ]),
  },
  {
    id: 'runtime-security',
    title: 'Monitoring, Logging and Runtime Security',
    short: 'Runtime',
    weight: 20,
    competencies: competencies('runtime-security', [
      ['behavioural-analytics', 'Behavioural analytics to detect malicious activity'],
      ['threat-detection', 'Detect threats in infrastructure, apps, networks, data, users and workloads'],
      ['attack-investigation', 'Investigate phases of attack and bad actors'],
      ['immutability', 'Immutability of containers at runtime'],
      ['audit-logs', 'Kubernetes audit logs to monitor access'],
    ]),
  },
];

export const COMPETENCY_IDS: readonly string[] = DOMAINS.flatMap((d) => d.competencies.map((c) => c.id));

export function domainById(id: DomainId): Domain {
  const domain = DOMAINS.find((d) => d.id === id);
  if (!domain) throw new Error(`unknown domain ${id}`);
  return domain;
}

/** The exam's pass line in percent. */
export const PASS_PERCENT = 67;
