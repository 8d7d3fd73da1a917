// Health probes over TLS, as a kubelet's probes would make them: etcd and the apiserver with client
// certificates from the lab's PKI (so they keep working when anonymous auth is turned off).
import { existsSync, readFileSync } from 'node:fs';
import { request, type RequestOptions } from 'node:https';
import { join } from 'node:path';
import type { LabConfig } from './config.js';
import { onNode, type LabLayout } from './layout.js';

export interface ProbeTarget {
  url: string;
  tls: Pick<RequestOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized'>;
}

export function probeTargets(layout: LabLayout, config: LabConfig): Record<'etcd' | 'kube-apiserver' | 'kube-controller-manager', ProbeTarget> {
  const pki = (p: string) => readFileSync(onNode(layout, join('/etc/kubernetes/pki', p)));
  return {
    etcd: {
      url: `https://127.0.0.1:${config.ports.etcdClient}/health`,
      tls: { ca: pki('etcd/ca.crt'), cert: pki('etcd/healthcheck-client.crt'), key: pki('etcd/healthcheck-client.key') },
    },
    'kube-apiserver': {
      url: `https://127.0.0.1:${config.ports.apiserver}/readyz`,
      // Labs created before the health client existed probe with the kubelet client certificate.
      tls: existsSync(onNode(layout, '/etc/kubernetes/pki/apiserver-health-client.crt'))
        ? { ca: pki('ca.crt'), cert: pki('apiserver-health-client.crt'), key: pki('apiserver-health-client.key') }
        : { ca: pki('ca.crt'), cert: pki('apiserver-kubelet-client.crt'), key: pki('apiserver-kubelet-client.key') },
    },
    // The controller manager serves a self-signed certificate it makes at start, as on kubeadm nodes.
    'kube-controller-manager': { url: `https://127.0.0.1:${config.ports.controllerManager}/healthz`, tls: { rejectUnauthorized: false } },
  };
}

/** True when the endpoint answers 200 within the timeout. */
export function probe(target: ProbeTarget, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(target.url, { ...target.tls, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}
