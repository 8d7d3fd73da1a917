# stop_images FILE: scales to 0 every Deployment in media that runs an image listed in FILE (one per line) and
# deletes every unmanaged Pod that does.
stop_images() {
  local list=$1 d images
  for d in $(kubectl get deploy -n media -o name); do
    images=$(kubectl get "$d" -n media -o jsonpath='{.spec.template.spec.containers[*].image} {.spec.template.spec.initContainers[*].image}')
    for i in $images; do
      if grep -qxF "$i" "$list"; then kubectl scale "$d" -n media --replicas=0; break; fi
    done
  done
  kubectl get pods -n media -o json \
    | jq -r --rawfile bad "$list" '($bad | split("\n") | map(select(. != ""))) as $b
        | .items[] | select(.metadata.ownerReferences == null)
        | select([.spec.containers[].image, (.spec.initContainers // [])[].image] | any(. as $i | $b | index($i)))
        | .metadata.name' \
    | xargs -r kubectl delete pod -n media
}
