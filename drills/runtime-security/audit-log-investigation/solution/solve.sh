#!/usr/bin/env bash
# Derives the answer with jq, as a learner would, rather than writing it down.
set -euo pipefail
cd "$WORKSPACE"
deleter=$(jq -r 'select(.objectRef.resource=="secrets" and .objectRef.namespace=="finance" and .objectRef.name=="payroll-db" and .verb=="delete" and .responseStatus.code < 400) | "\(.user.username) \(.sourceIPs[0])"' audit.log)
sa_pod_prefix=$(echo "$deleter" | cut -d' ' -f1 | awk -F: '{print $4}')
intruder=$(jq -r --arg p "$sa_pod_prefix" 'select(.objectRef.subresource=="exec" and .responseStatus.code < 400 and (.objectRef.name | startswith($p))) | "\(.user.username) \(.objectRef.name)"' audit.log)
printf '%s\n%s\n' "$deleter" "$intruder" > answer.txt
