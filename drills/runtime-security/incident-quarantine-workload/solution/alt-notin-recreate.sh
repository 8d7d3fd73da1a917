#!/usr/bin/env bash
# Also correct: the quarantine selects both labels, the old policy excludes the worker with NotIn, and the
# shared binding is recreated with only orders-api.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: quarantine
  namespace: fulfilment
spec:
  podSelector:
    matchLabels:
      app: orders-worker
      tier: backend
  policyTypes: [Egress, Ingress]
  ingress: []
  egress: []
YAML
kubectl patch networkpolicy backend-from-gateway -n fulfilment --type=merge \
  -p '{"spec": {"podSelector": {"matchLabels": {"tier": "backend"}, "matchExpressions": [{"key": "app", "operator": "NotIn", "values": ["orders-worker"]}]}}}'
kubectl delete rolebinding orders-worker-secrets app-config-readers -n fulfilment
kubectl create rolebinding app-config-readers -n fulfilment --clusterrole=view --serviceaccount=fulfilment:orders-api
