#!/usr/bin/env bash
set -euo pipefail
openssl genrsa -out jane.key 2048
openssl req -new -key jane.key -subj "/CN=jane/O=developers" -out jane.csr
kubectl apply -f - <<YAML
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: jane
spec:
  request: $(base64 -w0 jane.csr)
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400
  usages: [client auth]
YAML
kubectl certificate approve jane
for _ in $(seq 1 60); do
  [ -n "$(kubectl get csr jane -o 'jsonpath={.status.certificate}')" ] && break
  sleep 0.5
done
kubectl get csr jane -o 'jsonpath={.status.certificate}' | base64 -d > jane.crt
kubectl create role pod-viewer -n dev --verb=get,list,watch --resource=pods
kubectl create rolebinding pod-viewer-jane -n dev --role=pod-viewer --user=jane
