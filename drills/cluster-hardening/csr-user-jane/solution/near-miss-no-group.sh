#!/usr/bin/env bash
# The subject has no O entry, so the certificate logs jane in without the group developers.
set -euo pipefail
openssl genrsa -out jane.key 2048
openssl req -new -key jane.key -subj "/CN=jane" -out jane.csr
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
kubectl wait csr/jane --for=jsonpath='{.status.certificate}' --timeout=30s
kubectl get csr jane -o 'jsonpath={.status.certificate}' | base64 -d > jane.crt
kubectl create role pod-viewer -n dev --verb=get,list,watch --resource=pods
kubectl create rolebinding pod-viewer-jane -n dev --role=pod-viewer --user=jane
