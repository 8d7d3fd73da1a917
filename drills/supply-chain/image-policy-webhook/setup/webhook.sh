#!/usr/bin/env bash
# Starts the image policy backend (files/webhook.mjs) on a free loopback port with its own CA, and puts the
# kubeconfig the kube-apiserver needs to reach it, with its certificates, in /etc/kubernetes/admission.
set -euo pipefail
source "$DRILL_DIR/setup/paths.sh"
admission="$CKS_LAB_NODE_ROOT/etc/kubernetes/admission"
mkdir -p "$state" "$admission"
rm -f "$state/port" "$state/pid"

cd "$state"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=image-checker-ca' \
  -keyout ca.key -out ca.crt 2>/dev/null
# Go clients ignore the CN: the webhook's certificate must name 127.0.0.1 as a subject alternative name.
openssl req -newkey rsa:2048 -nodes -subj '/CN=image-checker' -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > server.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.crt 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj '/CN=kube-apiserver' -keyout client.key -out client.csr 2>/dev/null
printf 'extendedKeyUsage=clientAuth\n' > client.ext
openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile client.ext -out client.crt 2>/dev/null

# Its own session and closed stdio: the backend outlives this script without holding its output open.
detach=$(command -v setsid || true)
CERT="$state/server.crt" KEY="$state/server.key" PORT_FILE="$state/port" PID_FILE="$state/pid" \
  $detach node "$DRILL_DIR/files/webhook.mjs" </dev/null >"$state/webhook.log" 2>&1 &
for _ in $(seq 1 300); do [ -s "$state/port" ] && break; sleep 0.1; done
[ -s "$state/port" ] || { echo "the image policy backend did not start: $(cat "$state/webhook.log")" >&2; exit 1; }
port=$(cat "$state/port")

cp ca.crt "$admission/webhook-ca.crt"
cp client.crt "$admission/apiserver-client.crt"
cp client.key "$admission/apiserver-client.key"
cat > "$admission/imagepolicy.kubeconfig" <<YAML
apiVersion: v1
kind: Config
clusters:
  - name: image-checker
    cluster:
      certificate-authority: /etc/kubernetes/admission/webhook-ca.crt
      server: https://127.0.0.1:${port}/image-policy
users:
  - name: kube-apiserver
    user:
      client-certificate: /etc/kubernetes/admission/apiserver-client.crt
      client-key: /etc/kubernetes/admission/apiserver-client.key
contexts:
  - name: image-checker
    context:
      cluster: image-checker
      user: kube-apiserver
current-context: image-checker
YAML

