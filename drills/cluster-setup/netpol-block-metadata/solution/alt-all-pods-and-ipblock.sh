#!/usr/bin/env bash
# Written differently: two policies, every Pod of every namespace allowed by selector (which covers DNS),
# and the outside world by ipBlock with the metadata address excepted.
set -euo pipefail
kubectl apply -n reports -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: egress-cluster
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: egress-world-but-metadata
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            except:
              - 169.254.169.254/32
        - ipBlock:
            cidr: ::/0
YAML
