#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
recreate "  securityContext:
    seccompProfile:
      type: RuntimeDefault" ""
