#!/usr/bin/env bash
# Everything right, except jane.crt holds status.certificate as it is, still base64-encoded.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
kubectl get csr jane -o 'jsonpath={.status.certificate}' > jane.crt
