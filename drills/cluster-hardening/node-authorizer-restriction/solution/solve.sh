#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
lock_down() {
  set_apiserver_flag --authorization-mode=Node,RBAC
  set_apiserver_flag --enable-admission-plugins=NodeRestriction
}
edit_apiserver lock_down
kubectl delete clusterrolebinding kubelet-legacy-access
