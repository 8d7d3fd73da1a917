#!/usr/bin/env bash
# Right removal, but view granted with a ClusterRoleBinding: contractors can read every namespace.
set -euo pipefail
kubectl patch clusterrolebinding onboarding-2023 --type=json -p '[{"op": "remove", "path": "/subjects/1"}]'
kubectl create rolebinding contractors-view -n project-x --clusterrole=view --group=contractors
kubectl create clusterrolebinding contractors-view --clusterrole=view --group=contractors
kubectl label clusterrolebinding contractors-view cks-tutor.dev/drill=rbac-contractors-audit
