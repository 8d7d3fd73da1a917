#!/usr/bin/env bash
# The whole Deployment rewritten and replaced: a projected volume that maps only the password key, mode 0400.
# (kubectl apply would keep DB_PASSWORD: it only removes what its last-applied annotation recorded, and this
# Deployment was not created by kubectl apply.)
set -euo pipefail
manifest=$(cat <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: invoice-api
  namespace: billing
spec:
  replicas: 2
  selector:
    matchLabels:
      app: invoice-api
  template:
    metadata:
      labels:
        app: invoice-api
    spec:
      containers:
        - name: api
          image: registry.k8s.io/pause:3.10
          env:
            - name: LOG_LEVEL
              value: info
            - name: DB_HOST
              value: postgres.billing.svc
          volumeMounts:
            - name: creds
              mountPath: /etc/invoice/db/
              readOnly: true
      volumes:
        - name: creds
          projected:
            defaultMode: 0400
            sources:
              - secret:
                  name: db-credentials
                  items:
                    - key: password
                      path: password
YAML
)
# kubectl replace reads the live resourceVersion first; the deployment controller may write status in
# between, which is a Conflict: read and replace again.
for _ in 1 2 3; do
  kubectl replace -f - <<<"$manifest" && exit 0
  sleep 1
done
exit 1
