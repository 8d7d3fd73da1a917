#!/usr/bin/env bash
# Deletes the ServiceAccount instead of its bindings: the bindings still grant everything to that name.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
quarantine orders-worker
kubectl patch networkpolicy backend-from-gateway -n fulfilment --type=json \
  -p '[{"op": "replace", "path": "/spec/podSelector", "value": {"matchLabels": {"app": "orders-api"}}}]'
kubectl delete serviceaccount orders-worker -n fulfilment
