#!/usr/bin/env bash
# Counts every Secret list by that identity, also the ones before the grant and the refused one.
set -euo pipefail
cd "$WORKSPACE"
read -r who when < <(jq -r 'select(.objectRef.resource == "clusterrolebindings" and .verb == "create"
    and .requestObject.roleRef.name == "cluster-admin" and .responseStatus.code < 400)
  | "\(.user.username) \(.stageTimestamp)"' audit.log)
namespaces=$(jq -r --arg u "$who" 'select(.user.username == $u and .objectRef.resource == "secrets" and .verb == "list")
  | .objectRef.namespace' audit.log | sort -u | paste -sd, -)
printf '%s\n%s\n%s\n' "$who" "$when" "$namespaces" > answer.txt
