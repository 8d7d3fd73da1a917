#!/usr/bin/env bash
# Same check with openssl dgst, and the tampered binary's checksum file removed too.
set -euo pipefail
cd "$WORKSPACE/release"
for s in *.sha512; do
  b=${s%.sha512}
  actual=$(openssl dgst -sha512 -r "$b" | cut -d' ' -f1)
  if [ "$actual" != "$(cat "$s")" ]; then printf '%s\n' "$b" > "$WORKSPACE/answer.txt"; rm "$b" "$s"; fi
done
