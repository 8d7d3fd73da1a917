#!/usr/bin/env bash
# The quota made with kubectl create (the values written in other units), and one policy per direction.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
kubectl create quota team-b-quota -n team-b --hard=pods=10,requests.cpu=2000m,limits.memory=4096Mi
printf '%s\n' "$LIMITRANGE" | kubectl apply -f -
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all-ingress
  namespace: team-b
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress: []
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all-egress
  namespace: team-b
spec:
  podSelector: {}
  policyTypes: [Egress]
YAML
