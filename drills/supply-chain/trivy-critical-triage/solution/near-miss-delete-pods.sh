#!/usr/bin/env bash
# Deletes the Pods instead of scaling the Deployments: their ReplicaSets simply create new ones.
set -euo pipefail
kubectl delete pod -n media -l 'app in (thumbnailer, api, debug-shell)' --wait=false
