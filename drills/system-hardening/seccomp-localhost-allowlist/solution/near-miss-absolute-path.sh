#!/usr/bin/env bash
# A good profile, but localhostProfile is the absolute node path, not relative to the seccomp root.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
sed -i 's|localhostProfile: profiles/orders-api.json|localhostProfile: /var/lib/kubelet/seccomp/profiles/orders-api.json|' "$WORKSPACE/pod.yaml"
