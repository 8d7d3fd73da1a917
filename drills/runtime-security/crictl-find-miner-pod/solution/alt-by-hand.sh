#!/usr/bin/env bash
# The same Pod, found by eye and deleted at once.
set -euo pipefail
kubectl delete pod etl-runner --namespace=analytics-staging --grace-period=0 --force
