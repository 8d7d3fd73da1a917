#!/usr/bin/env bash
# The payments policy has no namespace: kubectl apply would put it into the context's namespace.
set -euo pipefail
cat > "$WORKSPACE/peer-authentication.yaml" <<'YAML'
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
  namespace: istio-system
spec:
  mtls:
    mode: PERMISSIVE
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: payments-strict
spec:
  mtls:
    mode: STRICT
YAML
