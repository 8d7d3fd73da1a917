#!/usr/bin/env bash
# Takes the first delete and the first exec without looking at whether they were allowed.
set -euo pipefail
cd "$WORKSPACE"
deleter=$(jq -r 'select(.objectRef.name=="payroll-db" and .verb=="delete") | "\(.user.username) \(.sourceIPs[0])"' audit.log | head -1)
intruder=$(jq -r 'select(.objectRef.subresource=="exec" and .user.username=="dev-intern") | "\(.user.username) \(.objectRef.name)"' audit.log | head -1)
printf '%s\n%s\n' "$deleter" "$intruder" > answer.txt
