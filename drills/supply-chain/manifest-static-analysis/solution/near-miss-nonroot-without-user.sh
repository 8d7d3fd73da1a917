#!/usr/bin/env bash
# Sets runAsNonRoot but keeps runAsUser: 0 on the builder, so its Pods would never start.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
sed -i '0,/runAsUser: 10001/s//runAsUser: 0/' "$WORKSPACE/deployment.yaml"
grep -q 'runAsUser: 0' "$WORKSPACE/deployment.yaml"
