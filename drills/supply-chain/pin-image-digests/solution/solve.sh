#!/usr/bin/env bash
# Looks each running image up in digests.txt, as a learner would, and pins it with kubectl set image.
set -euo pipefail
cd "$WORKSPACE"
digest() { awk -v img="$1" '$1 == img {print $2}' digests.txt; }
pairs=()
for entry in $(kubectl get deploy ledger-api -n ledger -o jsonpath='{range .spec.template.spec.initContainers[*]}{.name}={.image}{" "}{end}{range .spec.template.spec.containers[*]}{.name}={.image}{" "}{end}'); do
  name=${entry%%=*}; image=${entry#*=}
  d=$(digest "$image"); [ -n "$d" ]
  pairs+=("$name=${image%:*}@$d")
done
kubectl set image deployment/ledger-api -n ledger "${pairs[@]}"
