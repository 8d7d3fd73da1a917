#!/usr/bin/env bash
# Right files, wrong kind of Secret: generic makes type Opaque, which the controller does not use for TLS.
set -euo pipefail
kubectl create secret generic books-tls -n bookstore --from-file=tls.crt=certs/server-2.crt --from-file=tls.key=certs/server-2.key
kubectl create ingress books -n bookstore --class=nginx --rule='books.example.com/*=web:80,tls=books-tls'
