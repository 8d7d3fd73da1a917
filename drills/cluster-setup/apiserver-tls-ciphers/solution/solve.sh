#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
harden() {
  set_apiserver_flag --tls-min-version=VersionTLS12
  set_apiserver_flag --tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305
}
edit_apiserver harden
