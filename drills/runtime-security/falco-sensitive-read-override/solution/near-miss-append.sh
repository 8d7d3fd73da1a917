#!/usr/bin/env bash
# Uses append for the output: the new fields are added after the upstream text instead of replacing it.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
sed -i 's/    output: replace/    output: append/' "$WORKSPACE/falco_rules.local.yaml"
