#!/usr/bin/env bash
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
            privileged: false
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            runAsUser: 10001
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
          volumeMounts:
            - name: reports
              mountPath: /var/reports
        - name: log-forwarder
          image: registry.internal.example/platform/fluent-bit:3.1.9
          args: ["--input", "/var/reports/*.log"]
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            runAsUser: 10002
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {cpu: 200m, memory: 128Mi}
          volumeMounts:
            - name: reports
              mountPath: /var/reports
              readOnly: true
      volumes:
        - name: reports
          emptyDir: {}
YAML
