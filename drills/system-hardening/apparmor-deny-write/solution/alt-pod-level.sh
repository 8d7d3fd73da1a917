#!/usr/bin/env bash
# The profile set for the whole Pod, which applies to container app too.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_profile
cat > "$WORKSPACE/pod.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: writer
  namespace: default
spec:
  securityContext:
    appArmorProfile:
      type: Localhost
      localhostProfile: k8s-deny-write
  containers:
    - name: app
      image: busybox:1.37
      command: ["sh", "-c", "while true; do date >> /tmp/out; sleep 5; done"]
YAML
