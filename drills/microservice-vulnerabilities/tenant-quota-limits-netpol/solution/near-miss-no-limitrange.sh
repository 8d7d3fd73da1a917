#!/usr/bin/env bash
# Quota and policy, but no LimitRange: catalog's Pods, which state no resources, are now refused.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
printf '%s\n' "$QUOTA" | kubectl apply -f -
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
