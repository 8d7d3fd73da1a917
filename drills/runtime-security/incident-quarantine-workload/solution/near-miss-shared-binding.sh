#!/usr/bin/env bash
# Deletes every binding that names orders-worker, including the one orders-api shares.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
quarantine orders-worker
kubectl patch networkpolicy backend-from-gateway -n fulfilment --type=json \
  -p '[{"op": "replace", "path": "/spec/podSelector", "value": {"matchLabels": {"app": "orders-api"}}}]'
kubectl delete rolebinding orders-worker-secrets app-config-readers -n fulfilment
