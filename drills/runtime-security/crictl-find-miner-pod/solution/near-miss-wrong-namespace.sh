#!/usr/bin/env bash
# Reads the Pod name from crictl but not its namespace: deletes etl-runner in the context's namespace.
set -euo pipefail
kubectl delete pod etl-runner
