#!/usr/bin/env bash
# Also correct: one slurped jq program, and spaces after the commas.
set -euo pipefail
cd "$WORKSPACE"
jq -rs '
  (map(select(.objectRef.resource == "clusterrolebindings" and .verb == "create"
     and .requestObject.roleRef.name == "cluster-admin" and .responseStatus.code == 201)) | first) as $b
  | $b.user.username, $b.stageTimestamp,
    (map(select(.user.username == $b.user.username and .objectRef.resource == "secrets" and .verb == "list"
       and .responseStatus.code == 200 and .requestReceivedTimestamp > $b.stageTimestamp))
     | map(.objectRef.namespace) | unique | join(", "))' audit.log > answer.txt
