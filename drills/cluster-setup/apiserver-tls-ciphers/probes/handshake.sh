#!/usr/bin/env bash
# Usage: handshake.sh OPENSSL_S_CLIENT_OPTIONS...
# Tries one TLS handshake with the kube-apiserver of the current kubeconfig and prints "accepted" or
# "refused"; prints "unreachable" when not even a default handshake works. Sends no request.
set -uo pipefail
server=$(kubectl config view --minify -o 'jsonpath={.clusters[0].cluster.server}') || { echo unreachable; exit 0; }
hostport=${server#https://}
hostport=${hostport%%/*}
if ! openssl s_client -connect "$hostport" </dev/null >/dev/null 2>&1; then echo unreachable; exit 0; fi
if openssl s_client -connect "$hostport" "$@" </dev/null >/dev/null 2>&1; then echo accepted; else echo refused; fi
