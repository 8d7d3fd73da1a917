#!/usr/bin/env bash
set -euo pipefail
cd "$WORKSPACE"
id=$(grep -o 'container_id=[0-9a-f]\{12\}' falco.log | sort -u | cut -d= -f2)
read -r ns pod < <(jq -r --arg id "$id" '.containers[] | select(.id | startswith($id))
  | "\(.labels["io.kubernetes.pod.namespace"]) \(.labels["io.kubernetes.pod.name"])"' crictl-ps.json)
kubectl delete pod "$pod" -n "$ns"
