#!/usr/bin/env bash
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata:
  name: gvisor
handler: runsc
YAML
kubectl patch deployment build-runner -n untrusted-ci -p '{"spec":{"template":{"spec":{"runtimeClassName":"gvisor"}}}}'
