#!/usr/bin/env bash
# Lists the scanned images with any CRITICAL finding in any Result, then stops what runs exactly those images.
set -euo pipefail
source "$DRILL_DIR/solution/triage.sh"
cd "$WORKSPACE"
jq -r 'select([.Results[].Vulnerabilities[]?.Severity] | index("CRITICAL")) | .ArtifactName' scans/*.json > /tmp/critical-images.$$
stop_images /tmp/critical-images.$$
rm -f /tmp/critical-images.$$
