#!/usr/bin/env bash
set -euo pipefail
kubectl patch deployment web -n catalog --type=strategic -p '{
  "spec": {"template": {"spec": {
    "containers": [
      {"name": "nginx",
       "securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false},
       "volumeMounts": [
         {"name": "cache", "mountPath": "/var/cache/nginx"},
         {"name": "run", "mountPath": "/var/run"},
         {"name": "tmp", "mountPath": "/tmp"}]},
      {"name": "exporter",
       "securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false}}],
    "volumes": [
      {"name": "cache", "emptyDir": {}},
      {"name": "run", "emptyDir": {}},
      {"name": "tmp", "emptyDir": {"medium": "Memory", "sizeLimit": "64Mi"}}]
  }}}}'
