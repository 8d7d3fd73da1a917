// Where everything of one lab lives. The node root mirrors a kubeadm control-plane node, so the
// learner edits <lab>/node/etc/kubernetes/manifests/kube-apiserver.yaml as they would edit
// /etc/kubernetes/manifests/kube-apiserver.yaml on the exam.
import { join } from 'node:path';

export interface LabLayout {
  dir: string;
  config: string;
  kubeconfig: string;
  nodeRoot: string;
  etcKubernetes: string;
  manifests: string;
  apiserverManifest: string;
  pki: string;
  etcdData: string;
  auditLogDir: string;
  defaults: string;
  run: string;
  status: string;
  effective: string;
  logs: string;
}

export function labLayout(dir: string): LabLayout {
  const nodeRoot = join(dir, 'node');
  const etcKubernetes = join(nodeRoot, 'etc', 'kubernetes');
  const run = join(dir, 'run');
  return {
    dir,
    config: join(dir, 'lab.json'),
    kubeconfig: join(dir, 'kubeconfig'),
    nodeRoot,
    etcKubernetes,
    manifests: join(etcKubernetes, 'manifests'),
    apiserverManifest: join(etcKubernetes, 'manifests', 'kube-apiserver.yaml'),
    pki: join(etcKubernetes, 'pki'),
    etcdData: join(nodeRoot, 'var', 'lib', 'etcd'),
    auditLogDir: join(nodeRoot, 'var', 'log', 'kubernetes'),
    defaults: join(dir, 'defaults'),
    run,
    status: join(run, 'status.json'),
    effective: join(run, 'effective'),
    logs: join(dir, 'logs'),
  };
}

/** A path as the node sees it (/etc/kubernetes/pki/ca.crt) -> where it is on this machine. */
export function onNode(layout: LabLayout, nodePath: string): string {
  return join(layout.nodeRoot, nodePath);
}
