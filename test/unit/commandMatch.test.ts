import { describe, expect, it } from 'vitest';
import { compareCommands, judgeCommand, parseCommandLine, tokenize, undeclared } from '../../src/learning/commandMatch.js';

// [typed, expected]: the same meaning written differently.
const EQUIVALENT: Array<[string, string]> = [
  ['k get pods -n shop', 'kubectl get pods -n shop'],
  ['kubectl get po --namespace shop', 'kubectl get pods -n shop'],
  ['kubectl get pod --namespace=shop', 'kubectl get pods -n shop'],
  ['kubectl -n shop get pods', 'kubectl get pods -n shop'],
  ['kubectl get pods -nshop', 'kubectl get pods -n shop'],
  ['kubectl get netpol --all-namespaces', 'kubectl get networkpolicy -A'],
  ['kubectl get networkpolicies -A=true', 'kubectl get networkpolicy --all-namespaces'],
  ['kubectl create role log-reader -n shop --resource=pods,pods/log --verb=get,list,watch', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create role log-reader --verb=watch,list,get -n shop --resource=po/log,po', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create role log-reader -n shop --verb=get --verb=list --verb watch --resource pods --resource pods/log', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create rolebinding cm-editor-app --serviceaccount shop:app --role cm-editor --namespace shop', 'kubectl create rolebinding cm-editor-app -n shop --role=cm-editor --serviceaccount=shop:app'],
  ['kubectl run probe -n shop --image busybox:1.36 -o=yaml --dry-run=client > probe.yaml', 'kubectl run probe --image=busybox:1.36 -n shop --dry-run=client -o yaml > probe.yaml'],
  ['kubectl exec -it web -n shop -- sh', 'kubectl exec -n shop -i -t web -- sh'],
  ['kubectl exec -ti web -n shop -- sh', 'kubectl exec --stdin --tty -n shop web -- sh'],
  ['kubectl exec -n shop frontend -- wget -T 2 -q -O- http://api:8080', 'kubectl -n shop exec frontend -- wget -qO- -T 2 http://api:8080'],
  ['kubectl exec pod/api -n shop -- nc -w 2 -zv db 5432', 'kubectl -n shop exec api -- nc -zv -w 2 db 5432'],
  ['kubectl -n kube-system exec daemonset/cilium -- cilium-dbg encrypt status', 'kubectl -n kube-system exec ds/cilium -- cilium-dbg encrypt status'],
  ['kubectl set image deploy web web=nginx:1.27 -n shop', 'kubectl set image deployment/web -n shop web=nginx:1.27'],
  ['kubectl scale deploy/web --replicas 0 -n shop', 'kubectl -n shop scale deployment web --replicas=0'],
  ['kubectl label ns dev pod-security.kubernetes.io/warn-version=v1.35 --overwrite pod-security.kubernetes.io/warn=restricted', 'kubectl label ns dev pod-security.kubernetes.io/warn=restricted pod-security.kubernetes.io/warn-version=v1.35 --overwrite'],
  ['kubectl patch sa default -n shop -p \'{"automountServiceAccountToken":false}\'', 'kubectl patch serviceaccount default -n shop -p \'{"automountServiceAccountToken": false}\''],
  ['kubectl get secret db-creds -n shop -o jsonpath="{.data.password}" | base64 --decode', "kubectl get secret db-creds -n shop -o jsonpath='{.data.password}' | base64 -d"],
  ['kubectl -n shop logs -p web-1', 'kubectl -n shop logs web-1 --previous'],
  ['kubectl config set-credentials jane --embed-certs --client-certificate jane.crt --client-key jane.key', 'kubectl config set-credentials jane --client-key=jane.key --client-certificate=jane.crt --embed-certs=true'],
  ['kubectl explain netpol.spec.egress --recursive', 'kubectl explain networkpolicy.spec.egress --recursive'],
  ['kubectl get pods -l tier=fe,app=web -n shop', 'kubectl get pods -n shop --selector app=web,tier=fe'],
  ['kubectl get pods,svc -n shop', 'kubectl get svc,pods -n shop'],
  ['openssl x509 -noout -text -in /etc/kubernetes/pki/apiserver.crt', 'openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -text'],
  ['trivy image --severity CRITICAL,HIGH nginx:1.19', 'trivy image --severity HIGH,CRITICAL nginx:1.19'],
  ['trivy image nginx:1.19 -s HIGH,CRITICAL', 'trivy image --severity HIGH,CRITICAL nginx:1.19'],
  ['trivy image redis:6.0 --ignore-unfixed --severity=CRITICAL', 'trivy image --severity CRITICAL --ignore-unfixed redis:6.0'],
  ['ss -ltpn', 'ss -tlnp'],
  ['ss -t -l -n -p', 'ss -tlnp'],
  ['sudo systemctl disable vsftpd --now', 'systemctl disable --now vsftpd'],
  [
    'etcdctl get /registry/secrets/default/enc-test --key /etc/kubernetes/pki/etcd/server.key --cert /etc/kubernetes/pki/etcd/server.crt --cacert /etc/kubernetes/pki/etcd/ca.crt | hexdump -C',
    'ETCDCTL_API=3 etcdctl --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key get /registry/secrets/default/enc-test | hexdump -C',
  ],
  ['curl -vk --resolve shop.example.com:443:192.168.100.11 https://shop.example.com/', 'curl -kv --resolve shop.example.com:443:192.168.100.11 https://shop.example.com/'],
  ["jq -c 'select(.responseStatus.code==403)' /var/log/kubernetes/audit/audit.log", 'jq --compact-output "select(.responseStatus.code==403)" /var/log/kubernetes/audit/audit.log'],
  ['journalctl --since "10 minutes ago" --unit falco-modern-bpf', 'journalctl -u falco-modern-bpf --since "10 minutes ago"'],
];

// [typed, expected]: near misses that must fail.
const NOT_EQUIVALENT: Array<[string, string]> = [
  ['kubectl get pods -n dev', 'kubectl get pods -n shop'],
  ['kubectl get pods', 'kubectl get pods -n shop'],
  ['kubectl get svc -n shop', 'kubectl get pods -n shop'],
  ['kubectl auth can-i get secrets -n shop --as=system:serviceaccount:shop:app', 'kubectl auth can-i list secrets -n shop --as=system:serviceaccount:shop:app'],
  ['kubectl auth can-i list secrets -n shop --as=system:serviceaccount:shop:default', 'kubectl auth can-i list secrets -n shop --as=system:serviceaccount:shop:app'],
  ['kubectl run probe --image=busybox:1.36 -n shop -o yaml > probe.yaml', 'kubectl run probe --image=busybox:1.36 -n shop --dry-run=client -o yaml > probe.yaml'],
  ['kubectl run probe --image=busybox:1.36 -n shop --dry-run client -o yaml > probe.yaml', 'kubectl run probe --image=busybox:1.36 -n shop --dry-run=client -o yaml > probe.yaml'],
  ['kubectl run probe --image=busybox:1.36 -n shop --dry-run=server -o yaml > probe.yaml', 'kubectl run probe --image=busybox:1.36 -n shop --dry-run=client -o yaml > probe.yaml'],
  ['kubectl run probe --image=busybox:1.36 -n shop --dry-run=client -o yaml', 'kubectl run probe --image=busybox:1.36 -n shop --dry-run=client -o yaml > probe.yaml'],
  ['kubectl create role log-reader -n shop --verb=get,list --resource=pods,pods/log', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create clusterrole log-reader --verb=get,list,watch --resource=pods,pods/log', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create role shop -n log-reader --verb=get,list,watch --resource=pods,pods/log', 'kubectl create role log-reader -n shop --verb=get,list,watch --resource=pods,pods/log'],
  ['kubectl create rolebinding cm-editor-app -n shop --clusterrole=cm-editor --serviceaccount=shop:app', 'kubectl create rolebinding cm-editor-app -n shop --role=cm-editor --serviceaccount=shop:app'],
  ['kubectl label ns payments pod-security.kubernetes.io/enforce=restricted', 'kubectl label ns payments pod-security.kubernetes.io/enforce=restricted --overwrite'],
  ['kubectl label ns payments pod-security.kubernetes.io/enforce=baseline --overwrite', 'kubectl label ns payments pod-security.kubernetes.io/enforce=restricted --overwrite'],
  ['kubectl label ns payments pod-security.kubernetes.io/enforce=restricted --overwrite true', 'kubectl label ns payments pod-security.kubernetes.io/enforce=restricted --overwrite'],
  ['kubectl exec web -n shop -- sh', 'kubectl exec -it web -n shop -- sh'],
  ['kubectl -n shop exec frontend -- wget -qO- -T 5 http://api:8080', 'kubectl -n shop exec frontend -- wget -qO- -T 2 http://api:8080'],
  ['kubectl get secret db-creds -n shop -o jsonpath="{.data.password}"', "kubectl get secret db-creds -n shop -o jsonpath='{.data.password}' | base64 -d"],
  ['kubectl -n shop logs web-1', 'kubectl -n shop logs web-1 --previous'],
  ['kubectl patch serviceaccount default -n shop -p \'{"automountServiceAccountToken": true}\'', 'kubectl patch serviceaccount default -n shop -p \'{"automountServiceAccountToken": false}\''],
  ['falco -r /etc/falco/falco_rules.local.yaml -r /etc/falco/falco_rules.yaml', 'falco -r /etc/falco/falco_rules.yaml -r /etc/falco/falco_rules.local.yaml'],
  ['trivy image --severity HIGH nginx:1.19', 'trivy image --severity HIGH,CRITICAL nginx:1.19'],
  ['trivy image --severity HIGH,CRITICAL nginx:1.20', 'trivy image --severity HIGH,CRITICAL nginx:1.19'],
  ['kubeadm upgrade apply v1.35.1', 'kubeadm upgrade plan'],
  ['openssl x509 -in /etc/kubernetes/pki/apiserver.crt -text', 'openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -text'],
  ['kubectl get pods web -n shop', 'kubectl get pods -n shop'],
  ['kubectl drain worker1 --ignore-daemonsets', 'kubectl drain worker1 --ignore-daemonsets --delete-emptydir-data'],
];

describe('commandMatch: same meaning', () => {
  it.each(EQUIVALENT)('%s  ==  %s', (typed, expected) => {
    const result = compareCommands(typed, expected);
    expect(result.differences).toEqual([]);
    expect(result.equivalent).toBe(true);
    // The relation is symmetric.
    expect(compareCommands(expected, typed).equivalent).toBe(true);
  });
});

describe('commandMatch: near misses', () => {
  it.each(NOT_EQUIVALENT)('%s  !=  %s', (typed, expected) => {
    const result = compareCommands(typed, expected);
    expect(result.equivalent).toBe(false);
    expect(result.differences.length).toBeGreaterThan(0);
    expect(compareCommands(expected, typed).equivalent).toBe(false);
  });

  it('has at least 25 pairs each way', () => {
    expect(EQUIVALENT.length).toBeGreaterThanOrEqual(25);
    expect(NOT_EQUIVALENT.length).toBeGreaterThanOrEqual(25);
  });
});

describe('commandMatch: what the differences say', () => {
  const messages = (typed: string, expected: string) => compareCommands(typed, expected).differences.map((d) => d.message);

  it('names a wrong namespace, a missing flag and an extra one', () => {
    expect(messages('kubectl get pods -n dev', 'kubectl get pods -n shop')).toEqual(['expected `-n shop`, got `-n dev`']);
    expect(messages('kubectl get pods', 'kubectl get pods -n shop')).toEqual(['missing `-n shop`']);
    expect(messages('kubectl get pods -n shop -A', 'kubectl get pods -n shop')).toEqual(['extra `-A`']);
  });

  it('names the verb that differs and the list items that are missing or extra', () => {
    expect(messages('kubectl auth can-i get secrets', 'kubectl auth can-i list secrets')).toEqual(['expected `list`, got `get`']);
    expect(messages('kubectl create role r --verb=get,delete --resource=pods', 'kubectl create role r --verb=get,list --resource=pods')).toEqual([
      '--verb: missing `list`',
      '--verb: extra `delete`',
    ]);
  });

  it('explains why `--dry-run client` is wrong: kubectl reads client as an extra argument', () => {
    const result = compareCommands('kubectl create role r --verb=get --resource=pods --dry-run client', 'kubectl create role r --verb=get --resource=pods --dry-run=client');
    expect(result.differences.map((d) => d.message)).toEqual([
      'extra `client`',
      'expected `--dry-run=client`, got `--dry-run`',
      '--dry-run client is read as --dry-run with no value and an extra argument client: write --dry-run=client',
    ]);
    expect(result.differences[2]!.kind).toBe('hint');
  });

  it('names a missing pipe stage and a missing redirect', () => {
    expect(messages('kubectl get csr jane -o jsonpath={.status.certificate} > jane.crt', "kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > jane.crt")).toEqual([
      'command 1: extra `> jane.crt`',
      "missing `| base64 -d > jane.crt`",
    ]);
    expect(messages('kubectl run p --image=x -o yaml', 'kubectl run p --image=x -o yaml > p.yaml')).toEqual(['missing `> p.yaml`']);
  });

  it('compares the command after -- as a command of its own', () => {
    expect(messages('kubectl exec web -- wget -qO- -T 5 http://api', 'kubectl exec web -- wget -qO- -T 2 http://api')).toEqual([
      'after --: expected `-T 2`, got `-T 5`',
    ]);
  });

  it('stops at a different program instead of listing every flag', () => {
    expect(messages('kubeadm certs renew all', 'kubectl certificate approve jane')).toEqual(['expected `kubectl`, got `kubeadm`']);
  });

  it('marks the tokens that differ on both sides, for the diff', () => {
    const result = compareCommands('kubectl get pods -n dev -o wide', 'kubectl get pods -n shop');
    expect(result.expected).toEqual([
      { text: 'kubectl', ok: true },
      { text: 'get', ok: true },
      { text: 'pods', ok: true },
      { text: '-n', ok: false },
      { text: 'shop', ok: false },
    ]);
    expect(result.typed.filter((m) => !m.ok).map((m) => m.text)).toEqual(['-n', 'dev', '-o', 'wide']);
  });

  it('reports a typed line the shell could not read, and nothing typed', () => {
    expect(messages("kubectl get pods -o jsonpath='{.items", 'kubectl get pods')).toEqual(["cannot read it: a ' quote is not closed"]);
    expect(messages('   ', 'kubectl get pods')).toEqual(['nothing typed']);
  });
});

describe('judgeCommand over the answer and its alternatives', () => {
  const answers = ['trivy image --format json --output /root/python.json python:3.9', 'trivy image -f json -o /root/python.json python:3.9'];

  it('accepts any accepted form and says which one matched', () => {
    expect(judgeCommand('trivy image -o /root/python.json --format=json python:3.9', answers)).toMatchObject({ equivalent: true, against: 0 });
    const alt = judgeCommand('aa-status', ['aa-status --enabled', 'aa-status']);
    expect(alt).toMatchObject({ equivalent: true, against: 1 });
  });

  it('shows the diff against the closest accepted form when wrong', () => {
    const wrong = judgeCommand('cat /sys/kernel/security/apparmor/profile', ['aa-status', 'cat /sys/kernel/security/apparmor/profiles']);
    expect(wrong.equivalent).toBe(false);
    expect(wrong.against).toBe(1);
    expect(wrong.differences.map((d) => d.message)).toEqual(['expected `/sys/kernel/security/apparmor/profiles`, got `/sys/kernel/security/apparmor/profile`']);
  });
});

describe('the shell tokenizer', () => {
  it('removes quotes and escapes like a shell and keeps $VAR, globs and braces literal', () => {
    expect(tokenize(`kubectl get pods -o jsonpath='{.items[*].metadata.name}' "a b" c\\ d $do *.yaml`).map((t) => t.value)).toEqual([
      'kubectl',
      'get',
      'pods',
      '-o',
      'jsonpath={.items[*].metadata.name}',
      'a b',
      'c d',
      '$do',
      '*.yaml',
    ]);
    expect(tokenize(`echo "say \\"hi\\"" 'it''s'`).map((t) => t.value)).toEqual(['echo', 'say "hi"', 'its']);
  });

  it('splits operators and redirections, glued or spaced', () => {
    expect(tokenize('a|b>c 2>&1 && d; e >> f').map((t) => `${t.op ? 'op:' : ''}${t.value}`)).toEqual(['a', 'op:|', 'b', 'op:>', 'c', 'op:2>&', '1', 'op:&&', 'd', 'op:;', 'e', 'op:>>', 'f']);
  });

  it('reads a pipeline into commands, joins and redirects', () => {
    const line = parseCommandLine("kubectl get secrets -A -o json | kubectl replace -f -");
    expect(line.commands.map((c) => c.program.text)).toEqual(['kubectl', 'kubectl']);
    expect(line.joins.map((j) => j.text)).toEqual(['|']);
    expect(line.commands[1]!.flags.get('--filename')!.values.map((v) => v.text)).toEqual(['-']);
  });
});

describe('flag tables', () => {
  it('knows every flag of the tools the cards use, and names what it does not know', () => {
    expect(undeclared('trivy image --severity HIGH --ignore-unfixed nginx')).toEqual([]);
    expect(undeclared('trivy image --made-up nginx')).toEqual(['trivy --made-up']);
    expect(undeclared('frobnicate --x')).toEqual(['frobnicate (no flag table)']);
    // kubectl: a long flag that is not a listed boolean takes a value.
    expect(undeclared('kubectl create token app --duration 10m')).toEqual([]);
  });
});
