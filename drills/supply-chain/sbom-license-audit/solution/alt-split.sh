#!/usr/bin/env bash
# Also correct: tokens split on spaces and parentheses, a sorted list, and the version written with echo.
set -euo pipefail
cd "$WORKSPACE"
echo "$(jq -r '.packages[] | select(.name == "libssl3").versionInfo' api.spdx.json)" > libssl3.txt
jq -r '.packages[] | select(.licenseDeclared) | select(.licenseDeclared | gsub("[()]"; " ") | split(" ") | any(. == "GPL-3.0-or-later")) | .name' api.spdx.json | sort -u > gpl3.txt
