#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
deploy=$(workload)
[ "$deploy" = orders-worker ]
sa=$(kubectl get deployment "$deploy" -n fulfilment -o jsonpath='{.spec.template.spec.serviceAccountName}')

quarantine "$deploy"
# backend-from-gateway selects tier=backend, the worker included; narrow it to the API it was meant for.
kubectl patch networkpolicy backend-from-gateway -n fulfilment --type=json \
  -p '[{"op": "replace", "path": "/spec/podSelector", "value": {"matchLabels": {"app": "orders-api"}}}]'

# Every binding in fulfilment that names the ServiceAccount: delete it when it is the only subject, else remove it.
for rb in $(kubectl get rolebindings -n fulfilment -o json | jq -r --arg sa "$sa" '.items[] | select(any(.subjects[]?; .kind == "ServiceAccount" and .name == $sa)) | .metadata.name'); do
  subjects=$(kubectl get rolebinding "$rb" -n fulfilment -o json | jq --arg sa "$sa" '[.subjects[] | select(.name != $sa)]')
  if [ "$subjects" = "[]" ]; then
    kubectl delete rolebinding "$rb" -n fulfilment
  else
    kubectl patch rolebinding "$rb" -n fulfilment --type=json -p "[{\"op\": \"replace\", \"path\": \"/subjects\", \"value\": $subjects}]"
  fi
done
