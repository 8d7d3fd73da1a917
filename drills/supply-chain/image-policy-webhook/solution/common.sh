# Shared by this drill's solution scripts.
# shellcheck source=../../../lib.sh
source "$DRILL_DIR/../../lib.sh"
admission="$CKS_LAB_NODE_ROOT/etc/kubernetes/admission"
# write_config DEFAULT_ALLOW
write_config() {
  cat > "$admission/admission-config.yaml" <<YAML
apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
plugins:
  - name: ImagePolicyWebhook
    configuration:
      imagePolicy:
        kubeConfigFile: /etc/kubernetes/admission/imagepolicy.kubeconfig
        allowTTL: 50
        denyTTL: 50
        retryBackoff: 500
        defaultAllow: $1
YAML
}
