#!/usr/bin/env bash
# Works while the service is up, but defaultAllow: true lets every Pod in as soon as it is not.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_config true
wire() {
  set_apiserver_flag --enable-admission-plugins=NodeRestriction,ImagePolicyWebhook
  add_apiserver_flag --admission-control-config-file=/etc/kubernetes/admission/admission-config.yaml
  add_apiserver_volume admission /etc/kubernetes/admission /etc/kubernetes/admission DirectoryOrCreate
}
edit_apiserver wire
