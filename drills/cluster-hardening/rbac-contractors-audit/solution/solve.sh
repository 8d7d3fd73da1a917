#!/usr/bin/env bash
set -euo pipefail
# Which ClusterRoleBindings name the group contractors, and to what?
kubectl get clusterrolebindings -o json \
  | jq -r '.items[] | select(any(.subjects[]?; .kind == "Group" and .name == "contractors")) | "\(.metadata.name) \(.roleRef.name)"'
# onboarding-2023 cluster-admin: remove contractors from its subjects, keep the others.
kubectl get clusterrolebinding onboarding-2023 -o json \
  | jq '.subjects |= map(select(.kind != "Group" or .name != "contractors"))' \
  | kubectl replace -f -
kubectl create rolebinding contractors-view -n project-x --clusterrole=view --group=contractors
