#!/usr/bin/env bash
# The whole Deployment rewritten as YAML, with runAsNonRoot and a numeric user on the container.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge-proxy
  namespace: edge
spec:
  replicas: 2
  selector:
    matchLabels:
      app: edge-proxy
  template:
    metadata:
      labels:
        app: edge-proxy
    spec:
      securityContext:
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: proxy
          image: registry.k8s.io/pause:3.10
          ports:
            - containerPort: 80
          securityContext:
            runAsNonRoot: true
            runAsUser: 65535
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
YAML
