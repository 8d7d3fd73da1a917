#!/usr/bin/env bash
set -euo pipefail
kubectl patch secret payment-gateway -n checkout -p '{"immutable": true}'
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: gateway-endpoints
  namespace: checkout
immutable: true
data:
  PRIMARY_URL: https://pay.example.net/v2
  TIMEOUT_SECONDS: "15"
YAML
