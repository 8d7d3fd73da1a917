#!/usr/bin/env bash
# Written as YAML: the Secret with base64 data, the Ingress with the port by name and ImplementationSpecific.
set -euo pipefail
kubectl apply -f - <<YAML
apiVersion: v1
kind: Secret
metadata:
  name: books-tls
  namespace: bookstore
type: kubernetes.io/tls
data:
  tls.crt: $(base64 -w0 certs/server-2.crt)
  tls.key: $(base64 -w0 certs/server-2.key)
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: books
  namespace: bookstore
spec:
  ingressClassName: nginx
  tls:
    - hosts: [books.example.com, www.books.example.com]
      secretName: books-tls
  rules:
    - host: books.example.com
      http:
        paths:
          - path: /
            pathType: ImplementationSpecific
            backend:
              service:
                name: web
                port:
                  name: http
YAML
