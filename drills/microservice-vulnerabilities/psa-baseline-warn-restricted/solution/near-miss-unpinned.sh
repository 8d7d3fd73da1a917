#!/usr/bin/env bash
# Right levels, no version labels: the namespace follows latest and changes meaning on upgrade.
set -euo pipefail
kubectl label namespace legacy-apps --overwrite \
  pod-security.kubernetes.io/enforce=baseline \
  pod-security.kubernetes.io/warn=restricted \
  pod-security.kubernetes.io/audit=restricted
