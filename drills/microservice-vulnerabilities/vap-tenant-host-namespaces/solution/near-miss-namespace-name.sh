#!/usr/bin/env bash
# Selects today's first tenant by name: tenant-beta (and every later tenant) is not covered.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
printf '%s\n' "$POLICY" | kubectl apply -f -
binding Deny '      matchLabels:
        kubernetes.io/metadata.name: tenant-alpha' | kubectl apply -f -
