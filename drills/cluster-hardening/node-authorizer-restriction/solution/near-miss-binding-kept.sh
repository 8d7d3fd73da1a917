#!/usr/bin/env bash
# Both flags right, but the group-wide RBAC binding stays: RBAC still lets every kubelet read every Secret.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
lock_down() {
  set_apiserver_flag --authorization-mode=Node,RBAC
  set_apiserver_flag --enable-admission-plugins=NodeRestriction
}
edit_apiserver lock_down
