#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
repair() {
  sed -i -e 's|^    - --authorisation-mode=|    - --authorization-mode=|' \
    -e 's|^    - --etcd-cafile=.*|    - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt|' "$apiserver_manifest"
}
edit_apiserver repair
