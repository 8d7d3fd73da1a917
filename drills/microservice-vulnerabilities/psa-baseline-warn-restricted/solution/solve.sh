#!/usr/bin/env bash
set -euo pipefail
kubectl label namespace legacy-apps --overwrite \
  pod-security.kubernetes.io/enforce=baseline pod-security.kubernetes.io/enforce-version=v1.35 \
  pod-security.kubernetes.io/warn=restricted pod-security.kubernetes.io/warn-version=v1.35 \
  pod-security.kubernetes.io/audit=restricted pod-security.kubernetes.io/audit-version=v1.35
