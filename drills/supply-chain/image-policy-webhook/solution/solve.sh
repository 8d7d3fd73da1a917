#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_config false
wire() {
  set_apiserver_flag --enable-admission-plugins=NodeRestriction,ImagePolicyWebhook
  add_apiserver_flag --admission-control-config-file=/etc/kubernetes/admission/admission-config.yaml
  add_apiserver_volume admission /etc/kubernetes/admission /etc/kubernetes/admission DirectoryOrCreate
}
edit_apiserver wire
