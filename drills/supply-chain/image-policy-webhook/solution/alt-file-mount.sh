#!/usr/bin/env bash
# Also correct: the plugin listed first, the v1 config with the extra apiVersion/kind lines many prepared
# files carry (the plugin ignores them), and the folder mounted with type Directory.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
cat > "$admission/admission-config.yaml" <<'YAML'
apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
plugins:
- name: ImagePolicyWebhook
  configuration:
    apiVersion: imagepolicy.config.k8s.io/v1alpha1
    kind: ImagePolicyWebhookConfiguration
    imagePolicy:
      defaultAllow: false
      retryBackoff: 500
      denyTTL: 50
      allowTTL: 50
      kubeConfigFile: "/etc/kubernetes/admission/imagepolicy.kubeconfig"
YAML
wire() {
  set_apiserver_flag --enable-admission-plugins=ImagePolicyWebhook,NodeRestriction
  add_apiserver_flag --admission-control-config-file=/etc/kubernetes/admission/admission-config.yaml
  add_apiserver_volume image-policy /etc/kubernetes/admission /etc/kubernetes/admission Directory
}
edit_apiserver wire
