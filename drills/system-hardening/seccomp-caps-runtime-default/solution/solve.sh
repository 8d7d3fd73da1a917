#!/usr/bin/env bash
set -euo pipefail
kubectl patch deployment edge-proxy -n edge --type=strategic -p '{
  "spec": {"template": {"spec": {
    "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{"name": "proxy", "securityContext": {
      "allowPrivilegeEscalation": false,
      "capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}}}]
  }}}}'
