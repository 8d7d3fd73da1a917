#!/usr/bin/env bash
# Also correct: repository:tag@digest (the tag stays readable, the digest decides), written as a JSON patch.
set -euo pipefail
kubectl patch deployment ledger-api -n ledger --type=json -p '[
  {"op": "replace", "path": "/spec/template/spec/initContainers/0/image",
   "value": "registry.internal.example/ledger/migrate:5.2.0@sha256:01121194d138594452caad59b48c1f1dddf4ff69d84e52b4620658911e3dd978"},
  {"op": "replace", "path": "/spec/template/spec/containers/0/image",
   "value": "registry.internal.example/ledger/api:5.2.0@sha256:2ddda341f33d2a52f6f2dec9c8aa61de65787ffa7094c3bcb722dc70c54bdec3"},
  {"op": "replace", "path": "/spec/template/spec/containers/1/image",
   "value": "registry.internal.example/platform/statsd-exporter:0.28.0@sha256:47e166c49e52c2c8a96627da65a224a66dabbaec750116a3fbf9306852a4e125"}
]'
