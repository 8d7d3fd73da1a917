#!/usr/bin/env bash
# A correct policy, next to an older "allow all egress" one: policies add up, so the metadata endpoint is
# reachable again.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
kubectl apply -n reports -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-all-egress
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - {}
YAML
