#!/usr/bin/env bash
# Breaks the kube-apiserver manifest the way a hurried edit does (a misspelled flag name, a wrong CA path)
# and waits until the apiserver has crashed.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
sed -i -e 's|^    - --authorization-mode=|    - --authorisation-mode=|' \
  -e 's|^    - --etcd-cafile=.*|    - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.pem|' "$apiserver_manifest"
for _ in $(seq 1 120); do
  state=$(apiserver_state)
  if [ "${state%% *}" = crashed ]; then exit 0; fi
  sleep 0.5
done
echo "kube-apiserver did not go down: $state" >&2
exit 1
