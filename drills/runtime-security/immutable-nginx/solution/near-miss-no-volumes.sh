#!/usr/bin/env bash
# Read-only and no escalation, but no writable volumes: nginx would crash at start.
set -euo pipefail
kubectl patch deployment web -n catalog --type=strategic -p '{
  "spec": {"template": {"spec": {"containers": [
    {"name": "nginx", "securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false}},
    {"name": "exporter", "securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false}}]}}}}'
