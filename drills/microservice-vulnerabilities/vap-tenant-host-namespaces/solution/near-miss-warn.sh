#!/usr/bin/env bash
# Warn instead of Deny: the client sees a warning, and the Pod is created anyway.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
printf '%s\n' "$POLICY" | kubectl apply -f -
binding Warn '      matchLabels:
        tenant: "true"' | kubectl apply -f -
