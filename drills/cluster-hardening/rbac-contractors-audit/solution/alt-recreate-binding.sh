#!/usr/bin/env bash
# Re-creates the binding with its other subject only (a binding's subjects can also be edited in place),
# and writes the RoleBinding as YAML.
set -euo pipefail
kubectl delete clusterrolebinding onboarding-2023
kubectl create clusterrolebinding onboarding-2023 --clusterrole=cluster-admin --group=platform-oncall
kubectl apply -f - <<'YAML'
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: contractors-read-only
  namespace: project-x
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - apiGroup: rbac.authorization.k8s.io
    kind: Group
    name: contractors
YAML
