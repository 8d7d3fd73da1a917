#!/usr/bin/env bash
# Substring match: LGPL-3.0-or-later packages end up in the list too.
set -euo pipefail
cd "$WORKSPACE"
jq -r '.packages[] | select(.name == "libssl3") | .versionInfo' api.spdx.json > libssl3.txt
jq -r '.packages[] | select((.licenseDeclared // "") | contains("GPL-3.0-or-later")) | .name' api.spdx.json > gpl3.txt
