#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_policy 'apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: [secrets]
  - level: Request'
edit_apiserver wire
touch_secrets
