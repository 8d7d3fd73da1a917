#!/usr/bin/env bash
# Encryption on for new writes, but the Secret stored before stays plaintext.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_config "$AESCBC
      - identity: {}"
edit_apiserver wire
