#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
fix() {
  set_apiserver_flag --anonymous-auth=false
  set_apiserver_flag --authorization-mode=Node,RBAC
  set_apiserver_flag --profiling=false
  set_apiserver_flag --enable-admission-plugins=NodeRestriction
}
edit_apiserver fix
