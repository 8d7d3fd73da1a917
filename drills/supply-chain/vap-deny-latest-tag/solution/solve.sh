#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/policy.sh"
# Pinned by digest, or the last path segment has a tag and that tag is not latest.
apply_policy "i.contains('@sha256:') || (i.substring(i.lastIndexOf('/') + 1).contains(':') && !i.endsWith(':latest'))"
