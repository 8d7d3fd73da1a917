#!/usr/bin/env bash
# A profile is set, but Unconfined is no profile at all.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
recreate "  securityContext:
    seccompProfile:
      type: Unconfined" ""
