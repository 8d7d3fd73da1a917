#!/usr/bin/env bash
# Inverts the user test: the rule fires only for root, the one user allowed to read these files.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
sed -i 's/and user.uid != 0/and user.name = root/' "$WORKSPACE/falco_rules.local.yaml"
grep -q 'user.name = root' "$WORKSPACE/falco_rules.local.yaml"
