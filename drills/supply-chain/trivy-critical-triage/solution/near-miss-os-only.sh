#!/usr/bin/env bash
# Reads only the first Result (OS packages) of each report and misses the CRITICAL in api's Python packages.
set -euo pipefail
source "$DRILL_DIR/solution/triage.sh"
cd "$WORKSPACE"
jq -r 'select([.Results[0].Vulnerabilities[]?.Severity] | index("CRITICAL")) | .ArtifactName' scans/*.json > /tmp/critical-images.$$
stop_images /tmp/critical-images.$$
rm -f /tmp/critical-images.$$
