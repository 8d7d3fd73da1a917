# Finds the compromised Deployment from the alerts, as a learner would: Pod names in fulfilment minus the
# ReplicaSet hash and the Pod suffix.
workload() {
  jq -r 'select(.output_fields["k8s.ns.name"] == "fulfilment") | .output_fields["k8s.pod.name"]' "$WORKSPACE/falco-alerts.json" \
    | sort -u | sed -E 's/-[a-z0-9]+-[a-z0-9]+$//' | sort -u
}
quarantine() {
  kubectl apply -f - <<YAML
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: quarantine
  namespace: fulfilment
spec:
  podSelector:
    matchLabels:
      app: $1
  policyTypes: [Ingress, Egress]
YAML
}
