#!/usr/bin/env bash
# Verifies each binary against its published hash, as a learner would, and acts on the one that fails.
set -euo pipefail
cd "$WORKSPACE/release"
for s in *.sha512; do
  b=${s%.sha512}
  if ! echo "$(cat "$s")  $b" | sha512sum -c --quiet - >/dev/null 2>&1; then bad=$b; fi
done
echo "$bad" > "$WORKSPACE/answer.txt"
rm "$bad"
