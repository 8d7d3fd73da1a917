#!/usr/bin/env bash
# Pins the two regular containers and forgets the init container.
set -euo pipefail
kubectl set image deployment/ledger-api -n ledger \
  api=registry.internal.example/ledger/api@sha256:2ddda341f33d2a52f6f2dec9c8aa61de65787ffa7094c3bcb722dc70c54bdec3 \
  metrics=registry.internal.example/platform/statsd-exporter@sha256:47e166c49e52c2c8a96627da65a224a66dabbaec750116a3fbf9306852a4e125
