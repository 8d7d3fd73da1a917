#!/usr/bin/env bash
# Rule order wrong: the catch-all matches first, so Secrets are logged at Request level.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_policy 'apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Request
  - level: Metadata
    resources:
      - group: ""
        resources: [secrets]'
edit_apiserver wire
touch_secrets
