#!/usr/bin/env bash
# Takes the first ClusterRoleBinding to cluster-admin without checking that it succeeded: the intern's refused attempt.
set -euo pipefail
cd "$WORKSPACE"
read -r who when < <(jq -r 'select(.objectRef.resource == "clusterrolebindings" and .verb == "create"
    and .requestObject.roleRef.name == "cluster-admin") | "\(.user.username) \(.stageTimestamp)"' audit.log | head -1)
namespaces=$(jq -r --arg u "$who" --arg t "$when" 'select(.user.username == $u and .objectRef.resource == "secrets"
    and .verb == "list" and .responseStatus.code < 400 and .stageTimestamp > $t) | .objectRef.namespace' audit.log \
  | sort -u | paste -sd, -)
printf '%s\n%s\n%s\n' "$who" "$when" "$namespaces" > answer.txt
