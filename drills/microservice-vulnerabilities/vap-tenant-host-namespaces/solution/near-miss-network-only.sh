#!/usr/bin/env bash
# Only hostNetwork is checked: hostPID and hostIPC Pods still get in.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
printf '%s\n' "$POLICY" | sed '/!(has(object.spec.host\(PID\|IPC\)/d; s/object.spec.hostNetwork) &&$/object.spec.hostNetwork)/' | kubectl apply -f -
binding Deny '      matchLabels:
        tenant: "true"' | kubectl apply -f -
