#!/usr/bin/env bash
# Fixes the builder thoroughly and leaves the log forwarder as it was.
set -euo pipefail
cat > "$WORKSPACE/deployment.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: report-builder
  namespace: reports
spec:
  replicas: 1
  selector:
    matchLabels:
      app: report-builder
  template:
    metadata:
      labels:
        app: report-builder
    spec:
      containers:
        - name: builder
          image: registry.internal.example/reports/builder:3.0.2
          args: ["--out", "/var/reports"]
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            runAsUser: 10001
          resources:
            limits: {cpu: 500m, memory: 256Mi}
          volumeMounts:
            - name: reports
              mountPath: /var/reports
        - name: log-forwarder
          image: registry.internal.example/platform/fluent-bit:3.1.9
          args: ["--input", "/var/reports/*.log"]
          volumeMounts:
            - name: reports
              mountPath: /var/reports
              readOnly: true
      volumes:
        - name: reports
          emptyDir: {}
YAML
