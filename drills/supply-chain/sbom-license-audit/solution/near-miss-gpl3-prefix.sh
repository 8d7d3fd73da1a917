#!/usr/bin/env bash
# Any GPL-3.0 variant: GPL-3.0-only (libgcc-s1, libstdc++6) is counted as well.
set -euo pipefail
cd "$WORKSPACE"
jq -r '.packages[] | select(.name == "libssl3") | .versionInfo' api.spdx.json > libssl3.txt
jq -r '.packages[] | select([(.licenseDeclared // "") | scan("[A-Za-z0-9.+-]+")] | any(startswith("GPL-3.0"))) | .name' api.spdx.json > gpl3.txt
