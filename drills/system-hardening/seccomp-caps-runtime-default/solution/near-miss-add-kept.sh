#!/usr/bin/env bash
# drop ALL added, but the old add list (NET_ADMIN, SYS_PTRACE) left as it was.
set -euo pipefail
kubectl patch deployment edge-proxy -n edge --type=strategic -p '{
  "spec": {"template": {"spec": {
    "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{"name": "proxy", "securityContext": {
      "allowPrivilegeEscalation": false,
      "capabilities": {"drop": ["ALL"]}}}]
  }}}}'
