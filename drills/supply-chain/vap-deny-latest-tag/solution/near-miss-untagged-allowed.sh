#!/usr/bin/env bash
# Bans the string :latest only: nginx with no tag (pulled as latest) still gets in.
set -euo pipefail
source "$DRILL_DIR/solution/policy.sh"
apply_policy "!i.endsWith(':latest')"
