# Shared by the solution scripts of this drill: writes the config and wires it into the apiserver.
# shellcheck source=../../../lib.sh
source "$DRILL_DIR/../../lib.sh"
write_config() {
  mkdir -p "$CKS_LAB_NODE_ROOT/etc/kubernetes/enc"
  cat > "$CKS_LAB_NODE_ROOT/etc/kubernetes/enc/enc.yaml" <<YAML
apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
$1
YAML
}
wire() {
  add_apiserver_flag --encryption-provider-config=/etc/kubernetes/enc/enc.yaml
  add_apiserver_volume enc /etc/kubernetes/enc /etc/kubernetes/enc DirectoryOrCreate
}
AESCBC="      - aescbc:
          keys:
            - name: key1
              secret: $(head -c 32 /dev/urandom | base64)"
