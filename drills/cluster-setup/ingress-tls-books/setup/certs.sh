#!/usr/bin/env bash
# Two certificate/key pairs in the learner's workspace: one for the shop's hostname, one wildcard that
# does not cover it (a wildcard matches one label, never the bare domain).
set -euo pipefail
mkdir -p certs
pair() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/O=Bookstore/CN=$2" \
    -addext "subjectAltName=$3" -keyout "certs/$1.key" -out "certs/$1.crt" 2>/dev/null
}
pair server-1 '*.books.example.com' 'DNS:*.books.example.com'
pair server-2 books.example.com 'DNS:books.example.com,DNS:www.books.example.com'
