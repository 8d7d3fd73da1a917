#!/usr/bin/env bash
# Also right: the binding found by its subject and deleted first, RBAC listed before Node, and
# NodeRestriction appended to the existing plugin list.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
kubectl get clusterrolebindings -o json \
  | jq -r '.items[] | select(.roleRef.name == "system:node" and any(.subjects[]?; .name == "system:nodes")) | .metadata.name' \
  | xargs -r kubectl delete clusterrolebinding
lock_down() {
  set_apiserver_flag --authorization-mode=RBAC,Node
  set_apiserver_flag --enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount,NodeRestriction
}
edit_apiserver lock_down
