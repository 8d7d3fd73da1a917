#!/usr/bin/env bash
# Docker-style spelling: lower-case all and the CAP_ prefix.
set -euo pipefail
kubectl patch deployment edge-proxy -n edge --type=strategic -p '{
  "spec": {"template": {"spec": {
    "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{"name": "proxy", "securityContext": {
      "allowPrivilegeEscalation": false,
      "capabilities": {"drop": ["all"], "add": ["CAP_NET_BIND_SERVICE"]}}}]
  }}}}'
