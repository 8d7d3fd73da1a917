#!/usr/bin/env bash
# Written differently: the deny-all policy spelled out with ingress: [], one policy for the metrics
# port of both tiers (matchExpressions), named ports, and the same-namespace source selected by namespace
# name AND Pod label.
set -euo pipefail
kubectl apply -n store -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
spec:
  podSelector: {}
  ingress: []
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: frontend-to-backend
spec:
  podSelector:
    matchLabels: {tier: api}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: store}
          podSelector:
            matchLabels: {tier: web}
      ports:
        - port: http
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: backend-to-db
spec:
  podSelector:
    matchLabels: {app: db}
  ingress:
    - from:
        - podSelector:
            matchExpressions:
              - {key: app, operator: In, values: [backend]}
      ports:
        - port: postgres
          protocol: TCP
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: prometheus-scrape
spec:
  podSelector:
    matchExpressions:
      - {key: app, operator: In, values: [backend, db]}
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector:
            matchExpressions:
              - {key: kubernetes.io/metadata.name, operator: In, values: [monitoring]}
          podSelector:
            matchLabels: {app: prometheus}
      ports:
        - port: 9100
YAML
