#!/usr/bin/env bash
# Names the right binary but deletes the whole download "to be safe", the intact binaries included.
set -euo pipefail
echo kube-controller-manager > "$WORKSPACE/answer.txt"
rm "$WORKSPACE"/release/kube-*
