#!/usr/bin/env bash
# The pre-1.30 way: the annotation instead of the field.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_profile
cat > "$WORKSPACE/pod.yaml" <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: writer
  namespace: default
  annotations:
    container.apparmor.security.beta.kubernetes.io/app: localhost/k8s-deny-write
spec:
  containers:
    - name: app
      image: busybox:1.37
      command: ["sh", "-c", "while true; do date >> /tmp/out; sleep 5; done"]
YAML
