#!/usr/bin/env bash
# The common default-deny from the docs, ingress only: the tenant's Pods can still connect anywhere.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
printf '%s\n---\n%s\n' "$QUOTA" "$LIMITRANGE" | kubectl apply -f -
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: team-b
spec:
  podSelector: {}
  policyTypes: [Ingress]
YAML
