#!/usr/bin/env bash
# Warn instead of enforce: violations are reported, but nothing is rejected.
set -euo pipefail
kubectl label ns shop pod-security.kubernetes.io/warn=restricted --overwrite
kubectl patch deployment web -n shop --type=strategic -p '{
  "spec": {"template": {"spec": {
    "securityContext": {"runAsNonRoot": true, "runAsUser": 65535, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{"name": "web", "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}}]
  }}}}'
