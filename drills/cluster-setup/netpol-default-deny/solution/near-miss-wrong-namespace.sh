#!/usr/bin/env bash
# Right policy, wrong namespace: it lands in the context's default namespace instead of payments.
set -euo pipefail
kubectl create namespace payments-staging --dry-run=client -o yaml | kubectl label --local -f - cks-tutor.dev/drill=netpol-default-deny -o yaml | kubectl apply -f -
kubectl apply -n payments-staging -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
YAML
