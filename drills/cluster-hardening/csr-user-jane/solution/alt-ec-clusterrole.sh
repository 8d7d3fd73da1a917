#!/usr/bin/env bash
# Written differently: an EC key made in one openssl call, the CSR from a file, and a ClusterRole bound in
# dev only by a RoleBinding.
set -euo pipefail
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout jane.key \
  -subj "/O=developers/CN=jane" -out jane.csr
cat > jane-csr.yaml <<YAML
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: jane
spec:
  request: $(base64 < jane.csr | tr -d '\n')
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400
  usages: [digital signature, client auth]
YAML
kubectl create -f jane-csr.yaml
kubectl certificate approve jane
kubectl wait csr/jane --for=jsonpath='{.status.certificate}' --timeout=30s
kubectl get csr jane -o go-template='{{.status.certificate}}' | base64 -d > jane.crt
kubectl create clusterrole pod-viewer --verb=get,list,watch --resource=pods
kubectl create rolebinding jane-pod-viewer -n dev --clusterrole=pod-viewer --user=jane
