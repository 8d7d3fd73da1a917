#!/usr/bin/env bash
set -euo pipefail
# Pick the pair whose certificate names books.example.com exactly (server-1 is a wildcard).
for c in certs/*.crt; do
  if openssl x509 -in "$c" -noout -ext subjectAltName | grep -qE 'DNS:books\.example\.com(,|$)'; then crt=$c; fi
done
kubectl create secret tls books-tls -n bookstore --cert="$crt" --key="${crt%.crt}.key"
kubectl create ingress books -n bookstore --class=nginx \
  --rule='books.example.com/*=web:80,tls=books-tls'
