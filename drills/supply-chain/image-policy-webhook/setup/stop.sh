#!/usr/bin/env bash
# Stops the backend that setup started (only that process, by its recorded pid).
set -euo pipefail
source "$DRILL_DIR/setup/paths.sh"
[ -f "$state/pid" ] || exit 0
pid=$(cat "$state/pid")
if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'webhook.mjs'; then
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
rm -f "$state/pid" "$state/port"
