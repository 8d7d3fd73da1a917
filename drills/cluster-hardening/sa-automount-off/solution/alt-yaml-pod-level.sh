#!/usr/bin/env bash
# Written as YAML, and automount switched off in the Pod template as well.
set -euo pipefail
kubectl get secrets -n invoicing --field-selector type=kubernetes.io/service-account-token -o name | xargs kubectl delete -n invoicing
kubectl apply -n invoicing -f - <<'YAML'
apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
automountServiceAccountToken: false
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: app
automountServiceAccountToken: false
YAML
kubectl patch deployment invoices -n invoicing --type=merge -p '{"spec":{"template":{"spec":{"serviceAccountName":"app","automountServiceAccountToken":false}}}}'
