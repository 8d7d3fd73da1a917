#!/usr/bin/env bash
set -euo pipefail
cd "$WORKSPACE"
jq -r '.packages[] | select(.name == "libssl3") | .versionInfo' api.spdx.json > libssl3.txt
# Split each expression into identifiers and keep packages that name GPL-3.0-or-later itself.
jq -r '.packages[] | select([(.licenseDeclared // "") | scan("[A-Za-z0-9.+-]+")] | index("GPL-3.0-or-later")) | .name' api.spdx.json > gpl3.txt
