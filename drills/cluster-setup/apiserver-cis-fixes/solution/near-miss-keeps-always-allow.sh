#!/usr/bin/env bash
# Adds RBAC but keeps AlwaysAllow in the chain: any request is still allowed.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
fix() {
  set_apiserver_flag --anonymous-auth=false
  set_apiserver_flag --authorization-mode=Node,RBAC,AlwaysAllow
  set_apiserver_flag --profiling=false
  set_apiserver_flag --enable-admission-plugins=NodeRestriction
}
edit_apiserver fix
