#!/usr/bin/env bash
# Points --etcd-cafile at the cluster CA: the file exists, but etcd's certificate is not signed by it, so
# the apiserver never gets ready. (No edit_apiserver: it would wait for a readiness that never comes.)
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
sed -i -e 's|^    - --authorisation-mode=|    - --authorization-mode=|' \
  -e 's|^    - --etcd-cafile=.*|    - --etcd-cafile=/etc/kubernetes/pki/ca.crt|' "$apiserver_manifest"
sleep 5
