# Shared by this drill's scripts: the Pod as it was, with a securityContext block spliced in.
write_pod() {
  cat > "$WORKSPACE/pod.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: orders-api
  namespace: orders
  labels:
    app: orders-api
spec:
$1
  containers:
    - name: api
      image: registry.example.com/orders/api:2.4.1
      ports:
        - containerPort: 8080
$2
YAML
}
