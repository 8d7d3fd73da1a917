#!/usr/bin/env bash
# The right ipBlock in the wrong direction: it filters who may connect TO the Pods, not where they go.
set -euo pipefail
kubectl apply -n reports -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-metadata
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from:
        - ipBlock:
            cidr: 0.0.0.0/0
            except: [169.254.169.254/32]
YAML
