#!/usr/bin/env bash
set -euo pipefail
kubectl set env deployment/invoice-api -n billing -c api DB_PASSWORD-
kubectl patch deployment invoice-api -n billing --type=strategic -p '{
  "spec": {"template": {"spec": {
    "volumes": [{"name": "db-credentials", "secret": {"secretName": "db-credentials"}}],
    "containers": [{"name": "api", "volumeMounts": [{"name": "db-credentials", "mountPath": "/etc/invoice/db", "readOnly": true}]}]
  }}}}'
