#!/usr/bin/env bash
# The right policy, bound with Warn: kubectl prints a warning and the Pod is admitted anyway.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
kubectl patch validatingadmissionpolicybinding pci-registry-only-binding --type=merge -p '{"spec":{"validationActions":["Warn"]}}'
