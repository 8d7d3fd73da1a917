#!/usr/bin/env bash
# Authorization by RBAC alone, and an admission plugin list without NodeRestriction.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
loosen() {
  set_apiserver_flag --authorization-mode=RBAC
  set_apiserver_flag --enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount
}
edit_apiserver loosen
