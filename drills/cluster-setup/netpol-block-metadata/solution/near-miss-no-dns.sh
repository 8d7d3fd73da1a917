#!/usr/bin/env bash
# ipBlock only: works on CNIs that match Pod IPs with ipBlock, but on Cilium DNS (and every Pod) is cut off.
set -euo pipefail
kubectl apply -n reports -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-metadata
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            except: [169.254.169.254/32]
YAML
