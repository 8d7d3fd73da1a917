#!/usr/bin/env bash
# Reads jane.crt and jane.key in the workspace and CSR jane in the cluster, and prints:
#   subject=...        the subject of jane.crt (RFC 2253)
#   issued:yes         jane.crt is the certificate the cluster issued for CSR jane
#   key:matches        jane.key is the private key of jane.crt
set -uo pipefail
[ -s jane.crt ] || exit 2
openssl x509 -in jane.crt -noout -subject -nameopt RFC2253 2>/dev/null
mine=$(openssl x509 -in jane.crt -noout -fingerprint -sha256 2>/dev/null)
issued=$(kubectl get csr jane -o 'jsonpath={.status.certificate}' 2>/dev/null | base64 -d 2>/dev/null | openssl x509 -noout -fingerprint -sha256 2>/dev/null)
if [ -n "$mine" ] && [ "$mine" = "$issued" ]; then echo issued:yes; fi
from_crt=$(openssl x509 -in jane.crt -noout -pubkey 2>/dev/null)
from_key=$(openssl pkey -in jane.key -pubout 2>/dev/null)
if [ -n "$from_crt" ] && [ "$from_crt" = "$from_key" ]; then echo key:matches; fi
