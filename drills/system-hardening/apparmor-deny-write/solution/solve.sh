#!/usr/bin/env bash
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
  containers:
    - name: app
      image: busybox:1.37
      command: ["sh", "-c", "while true; do date >> /tmp/out; sleep 5; done"]
      securityContext:
        appArmorProfile:
          type: Localhost
          localhostProfile: k8s-deny-write
YAML
