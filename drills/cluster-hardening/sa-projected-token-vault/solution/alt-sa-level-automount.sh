#!/usr/bin/env bash
# Automount switched off on the service account instead of the Pod, the volume shared with a ConfigMap
# source, and the mount path written with a trailing slash.
set -euo pipefail
kubectl patch serviceaccount orders-api -n orders -p '{"automountServiceAccountToken": false}'
kubectl create configmap vault-ca -n orders --from-literal=ca.crt=placeholder
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
        - name: vault
          mountPath: /var/run/secrets/vault/
  volumes:
    - name: vault
      projected:
        sources:
          - configMap:
              name: vault-ca
          - serviceAccountToken:
              path: token
              expirationSeconds: 3600
              audience: vault
YAML
