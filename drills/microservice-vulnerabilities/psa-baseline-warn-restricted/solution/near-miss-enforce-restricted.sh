#!/usr/bin/env bash
# Levels swapped: restricted enforced, so report-builder's next Pods are refused.
set -euo pipefail
kubectl label namespace legacy-apps --overwrite \
  pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/enforce-version=v1.35 \
  pod-security.kubernetes.io/warn=baseline pod-security.kubernetes.io/warn-version=v1.35 \
  pod-security.kubernetes.io/audit=baseline pod-security.kubernetes.io/audit-version=v1.35
