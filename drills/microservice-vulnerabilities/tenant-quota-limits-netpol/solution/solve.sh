#!/usr/bin/env bash
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
  policyTypes: [Ingress, Egress]
YAML
