#!/usr/bin/env bash
# Also right: the misspelled line replaced by a new one with the modes in the other order.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
repair() {
  sed -i '/^    - --authorisation-mode=/d' "$apiserver_manifest"
  set_apiserver_flag --authorization-mode=RBAC,Node
  set_apiserver_flag --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt
}
edit_apiserver repair
