#!/usr/bin/env bash
# Also correct: RBAC,Node in the other order, and NodeRestriction next to another plugin.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
fix() {
  set_apiserver_flag --anonymous-auth=false
  set_apiserver_flag --authorization-mode=RBAC,Node
  set_apiserver_flag --profiling=false
  set_apiserver_flag --enable-admission-plugins=NamespaceLifecycle,NodeRestriction
}
edit_apiserver fix
