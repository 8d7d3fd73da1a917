# Recreates the Pod with the given securityContext lines (pod level or container level).
recreate() {
  kubectl delete pod audited -n secure-runtime --wait=true
  kubectl apply -f - <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: audited
  namespace: secure-runtime
  labels:
    cks-tutor.dev/drill: seccomp-runtime-verify
spec:
$1
  containers:
    - name: app
      image: busybox:1.37
      command: ["sleep", "86400"]
$2
YAML
  kubectl wait --for=condition=Ready pod/audited -n secure-runtime --timeout=120s
}
