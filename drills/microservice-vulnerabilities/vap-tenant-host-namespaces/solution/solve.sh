#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
printf '%s\n' "$POLICY" | kubectl apply -f -
binding Deny '      matchLabels:
        tenant: "true"' | kubectl apply -f -
