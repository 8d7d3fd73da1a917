#!/usr/bin/env bash
# A correct quarantine policy and RBAC clean-up, but backend-from-gateway still lets traffic in to the worker.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
quarantine orders-worker
kubectl delete rolebinding orders-worker-secrets -n fulfilment
kubectl patch rolebinding app-config-readers -n fulfilment --type=json -p '[{"op": "remove", "path": "/subjects/1"}]'
