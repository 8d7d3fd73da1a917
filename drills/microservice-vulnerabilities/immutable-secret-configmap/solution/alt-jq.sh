#!/usr/bin/env bash
# Secret replaced from its own JSON with jq; ConfigMap generated with kubectl create and made immutable with jq.
set -euo pipefail
kubectl get secret payment-gateway -n checkout -o json | jq '.immutable = true' | kubectl replace -f -
kubectl create configmap gateway-endpoints -n checkout \
  --from-literal=PRIMARY_URL=https://pay.example.net/v2 --from-literal=TIMEOUT_SECONDS=15 \
  --dry-run=client -o json | jq '.immutable = true' | kubectl create -f -
