#!/usr/bin/env bash
# Written differently: omitStages, and Secrets and ConfigMaps share the Metadata rule.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_policy 'apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: [secrets, configmaps]
  - level: Request
    omitStages: [RequestReceived]'
edit_apiserver wire
touch_secrets
