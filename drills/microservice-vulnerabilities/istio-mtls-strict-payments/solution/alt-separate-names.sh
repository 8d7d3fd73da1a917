#!/usr/bin/env bash
# Namespace policy first, other names, a leading document marker and comments.
set -euo pipefail
cat > "$WORKSPACE/peer-authentication.yaml" <<'YAML'
---
# payments: only mutual TLS
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: payments-mtls-only
  namespace: payments
spec:
  mtls: {mode: STRICT}
---
# whole mesh: mTLS and plain text, until the legacy clients are in the mesh
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: mesh-default
  namespace: istio-system
spec:
  mtls: {mode: PERMISSIVE}
YAML
