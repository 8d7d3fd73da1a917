#!/usr/bin/env bash
# Deletes the misspelled line instead of fixing it: the apiserver starts, with authorization AlwaysAllow.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
repair() {
  sed -i -e '/^    - --authorisation-mode=/d' \
    -e 's|^    - --etcd-cafile=.*|    - --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt|' "$apiserver_manifest"
}
edit_apiserver repair
