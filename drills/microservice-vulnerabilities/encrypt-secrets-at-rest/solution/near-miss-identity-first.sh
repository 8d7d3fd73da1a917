#!/usr/bin/env bash
# identity listed first: new writes are still stored in plaintext.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_config "      - identity: {}
$AESCBC"
edit_apiserver wire
kubectl get secrets -A -o json | kubectl replace -f - >/dev/null
