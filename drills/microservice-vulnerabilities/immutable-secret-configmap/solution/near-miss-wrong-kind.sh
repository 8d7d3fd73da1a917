#!/usr/bin/env bash
# Patches the ConfigMap that shares the Secret's name: the flags are frozen, the credentials are not.
set -euo pipefail
kubectl patch configmap payment-gateway -n checkout -p '{"immutable": true}'
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
