#!/usr/bin/env bash
# NodeRestriction on and the binding gone, but no Node authorizer: kubelets can no longer do anything.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
lock_down() {
  set_apiserver_flag --enable-admission-plugins=NodeRestriction
}
edit_apiserver lock_down
kubectl delete clusterrolebinding kubelet-legacy-access
