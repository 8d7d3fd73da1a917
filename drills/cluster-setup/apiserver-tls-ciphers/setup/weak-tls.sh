#!/usr/bin/env bash
# Leaves the kube-apiserver accepting TLS 1.0 and a cipher list copied from an old hardening guide.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
weaken() {
  set_apiserver_flag --tls-min-version=VersionTLS10
  set_apiserver_flag --tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,TLS_RSA_WITH_AES_128_CBC_SHA,TLS_RSA_WITH_3DES_EDE_CBC_SHA,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
}
edit_apiserver weaken
