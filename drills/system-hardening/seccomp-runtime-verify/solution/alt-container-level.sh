#!/usr/bin/env bash
# The profile on the container instead of the Pod.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
recreate "" "      securityContext:
        seccompProfile:
          type: RuntimeDefault"
