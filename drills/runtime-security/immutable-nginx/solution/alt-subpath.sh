#!/usr/bin/env bash
# Also correct: the whole Deployment applied again, one emptyDir mounted three times with subPath, and
# capabilities dropped on top.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: catalog
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27.3
          ports:
            - containerPort: 80
          securityContext:
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
          volumeMounts:
            - {name: scratch, mountPath: /var/cache/nginx/, subPath: cache}
            - {name: scratch, mountPath: /var/run, subPath: run}
            - {name: scratch, mountPath: /tmp, subPath: tmp}
        - name: exporter
          image: nginx/nginx-prometheus-exporter:1.3.0
          args: ["--nginx.scrape-uri=http://localhost:80/stub_status"]
          ports:
            - containerPort: 9113
          securityContext:
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
      volumes:
        - name: scratch
          emptyDir: {}
YAML
