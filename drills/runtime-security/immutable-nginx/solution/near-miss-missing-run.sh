#!/usr/bin/env bash
# Mounts the cache and /tmp but forgets /var/run, where nginx writes its pid file.
set -euo pipefail
kubectl patch deployment web -n catalog --type=strategic -p '{
  "spec": {"template": {"spec": {
    "containers": [
      {"name": "nginx",
       "securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false},
       "volumeMounts": [
         {"name": "cache", "mountPath": "/var/cache/nginx"},
         {"name": "tmp", "mountPath": "/tmp"}]},
      {"name": "exporter",
       "securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false}}],
    "volumes": [
      {"name": "cache", "emptyDir": {}},
      {"name": "tmp", "emptyDir": {}}]
  }}}}'
