#!/usr/bin/env bash
# A reusable ClusterRole, scoped to team-a by a RoleBinding, written as YAML.
set -euo pipefail
kubectl delete clusterrolebinding ci-deployer-admin
kubectl apply -f - <<'YAML'
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: deployment-manager
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch, create, update, patch, delete]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deployer
  namespace: team-a
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: deployment-manager
subjects:
  - kind: ServiceAccount
    name: ci-deployer
    namespace: team-a
YAML
