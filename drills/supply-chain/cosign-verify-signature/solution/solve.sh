#!/usr/bin/env bash
# Checks every signature with openssl and keeps the build whose signed payload names its own digest.
set -euo pipefail
cd "$WORKSPACE"
repo=registry.internal.example/shop/payments-api
tmp=$(mktemp -d)
verified=
for digest in $(grep -o '^sha256:[0-9a-f]\{64\}' candidates.txt); do
  sig="signatures/$(echo "${digest#sha256:}" | cut -c1-12).json"
  jq -r .Payload "$sig" | base64 -d > "$tmp/payload.json"
  jq -r .Base64Signature "$sig" | base64 -d > "$tmp/sig.der"
  if openssl dgst -sha256 -verify cosign.pub -signature "$tmp/sig.der" "$tmp/payload.json" >/dev/null \
    && [ "$(jq -r '.critical.image["docker-manifest-digest"]' "$tmp/payload.json")" = "$digest" ] \
    && [ "$(jq -r '.critical.identity["docker-reference"]' "$tmp/payload.json")" = "$repo" ]; then
    verified=$digest
  fi
done
rm -rf "$tmp"
[ -n "$verified" ]
echo "$verified" > verified-digest.txt
echo "cosign verify --key cosign.pub $repo@$verified" > verify.sh
sed -i "s|image: $repo:3.1.0|image: $repo@$verified|" deployment.yaml
