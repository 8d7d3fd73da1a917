#!/usr/bin/env bash
# Greps by repository and takes the first line: the api digest is the one of 5.1.3, not of the running 5.2.0.
set -euo pipefail
cd "$WORKSPACE"
first() { grep -v '^#' digests.txt | grep "^$1:" | head -1 | awk '{print $2}'; }
kubectl set image deployment/ledger-api -n ledger \
  migrate=registry.internal.example/ledger/migrate@"$(first registry.internal.example/ledger/migrate)" \
  api=registry.internal.example/ledger/api@"$(first registry.internal.example/ledger/api)" \
  metrics=registry.internal.example/platform/statsd-exporter@"$(first registry.internal.example/platform/statsd-exporter)"
