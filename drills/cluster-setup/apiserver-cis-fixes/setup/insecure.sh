#!/usr/bin/env bash
# Makes the lab's kube-apiserver fail the four checks the brief lists.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
insecure() {
  set_apiserver_flag --authorization-mode=AlwaysAllow
  set_apiserver_flag --enable-admission-plugins=NamespaceLifecycle
  set_apiserver_flag --profiling=true
}
edit_apiserver insecure
