#!/usr/bin/env bash
# The file lands at the right path through subPath, so the kubelet never rotates it: after an hour the
# container holds an expired token.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: vault-client
  namespace: orders
spec:
  serviceAccountName: orders-api
  automountServiceAccountToken: false
  containers:
    - name: app
      image: busybox:1.37
      command: ["sleep", "3600"]
      volumeMounts:
        - name: vault-token
          mountPath: /var/run/secrets/vault/token
          subPath: token
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              audience: vault
              expirationSeconds: 3600
              path: token
YAML
