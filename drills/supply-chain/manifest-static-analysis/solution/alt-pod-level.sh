#!/usr/bin/env bash
# Also correct: user settings once for the Pod, capabilities dropped, and the reports on a PersistentVolumeClaim.
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
      securityContext:
        runAsNonRoot: true
        runAsUser: 65532
        runAsGroup: 65532
        fsGroup: 65532
      containers:
        - name: builder
          image: registry.internal.example/reports/builder:3.0.2
          args: ["--out", "/var/reports"]
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
          resources:
            limits: {cpu: "1", memory: 512Mi}
          volumeMounts:
            - {name: reports, mountPath: /var/reports}
        - name: log-forwarder
          image: registry.internal.example/platform/fluent-bit:3.1.9
          args: ["--input", "/var/reports/*.log"]
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
          resources:
            limits: {cpu: 250m, memory: 128Mi}
          volumeMounts:
            - {name: reports, mountPath: /var/reports, readOnly: true}
      volumes:
        - name: reports
          persistentVolumeClaim:
            claimName: report-builder-output
YAML
