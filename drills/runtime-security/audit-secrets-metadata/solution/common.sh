# shellcheck source=../../../lib.sh
source "$DRILL_DIR/../../lib.sh"
write_policy() {
  mkdir -p "$CKS_LAB_NODE_ROOT/etc/kubernetes/audit"
  printf '%s\n' "$1" > "$CKS_LAB_NODE_ROOT/etc/kubernetes/audit/policy.yaml"
}
wire() {
  add_apiserver_flag --audit-policy-file=/etc/kubernetes/audit/policy.yaml
  add_apiserver_flag --audit-log-path=/var/log/kubernetes/audit/audit.log
  add_apiserver_flag --audit-log-maxage=7
  add_apiserver_flag --audit-log-maxbackup=3
  add_apiserver_volume audit-policy /etc/kubernetes/audit/policy.yaml /etc/kubernetes/audit/policy.yaml File
  add_apiserver_volume audit-log /var/log/kubernetes/audit/ /var/log/kubernetes/audit/ DirectoryOrCreate rw
}
# What a learner does to see the result: read some Secrets.
touch_secrets() {
  kubectl get secrets -A >/dev/null
}
