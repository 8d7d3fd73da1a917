# Helpers for drill setup and solution scripts (sourced, bash). The lab's node root is $CKS_LAB_NODE_ROOT;
# $CKS_LAB_STATUS is the supervisor's status file.

apiserver_manifest="${CKS_LAB_NODE_ROOT:-}/etc/kubernetes/manifests/kube-apiserver.yaml"

apiserver_state() {
  jq -r '.components["kube-apiserver"] | "\(.state) \(.pid // 0)"' "$CKS_LAB_STATUS"
}

# Runs "$@" (an edit of the manifest) and waits until a new kube-apiserver process is ready.
edit_apiserver() {
  local before after
  before=$(apiserver_state | cut -d' ' -f2)
  "$@"
  for _ in $(seq 1 240); do
    after=$(apiserver_state)
    if [ "${after%% *}" = ready ] && [ "${after##* }" != "$before" ]; then return 0; fi
    sleep 0.5
  done
  echo "kube-apiserver did not come back: $(apiserver_state)" >&2
  return 1
}

# Adds a flag after the kube-apiserver line of the command (kubeadm's layout: "    - --flag").
add_apiserver_flag() {
  sed -i "s|^    - kube-apiserver$|&\n    - $1|" "$apiserver_manifest"
}

# Replaces the value of an existing flag, or adds the flag.
set_apiserver_flag() {
  local name="${1%%=*}"
  if grep -q -- "^    - ${name}=" "$apiserver_manifest"; then
    sed -i "s|^    - ${name}=.*|    - $1|" "$apiserver_manifest"
  else
    add_apiserver_flag "$1"
  fi
}

# add_apiserver_volume NAME HOST_PATH MOUNT_PATH TYPE [rw]
add_apiserver_volume() {
  local ro=true
  [ "${5:-}" = rw ] && ro=false
  sed -i "s|^    volumeMounts:$|&\n    - mountPath: $3\n      name: $1\n      readOnly: $ro|" "$apiserver_manifest"
  sed -i "s|^  volumes:$|&\n  - hostPath:\n      path: $2\n      type: $4\n    name: $1|" "$apiserver_manifest"
}
