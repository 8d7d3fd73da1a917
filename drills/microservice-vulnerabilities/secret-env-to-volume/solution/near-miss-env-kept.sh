#!/usr/bin/env bash
# The volume is added, but DB_PASSWORD still comes from the Secret.
set -euo pipefail
kubectl patch deployment invoice-api -n billing --type=strategic -p '{
  "spec": {"template": {"spec": {
    "volumes": [{"name": "db-credentials", "secret": {"secretName": "db-credentials"}}],
    "containers": [{"name": "api", "volumeMounts": [{"name": "db-credentials", "mountPath": "/etc/invoice/db", "readOnly": true}]}]
  }}}}'
