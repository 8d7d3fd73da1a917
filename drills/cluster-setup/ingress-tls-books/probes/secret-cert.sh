#!/usr/bin/env bash
# Prints the DNS names of the certificate in Secret bookstore/books-tls, one per line, and "key:matches"
# when the Secret's key is the private key of that certificate. Reads only.
set -uo pipefail
crt=$(kubectl get secret books-tls -n bookstore -o 'jsonpath={.data.tls\.crt}' | base64 -d) || exit 2
key=$(kubectl get secret books-tls -n bookstore -o 'jsonpath={.data.tls\.key}' | base64 -d) || exit 2
printf '%s\n' "$crt" | openssl x509 -noout -ext subjectAltName 2>/dev/null | tail -n +2 | tr -d ' ' | tr ',' '\n'
from_crt=$(printf '%s\n' "$crt" | openssl x509 -noout -pubkey 2>/dev/null)
from_key=$(printf '%s\n' "$key" | openssl pkey -pubout 2>/dev/null)
if [ -n "$from_crt" ] && [ "$from_crt" = "$from_key" ]; then echo key:matches; fi
