#!/usr/bin/env bash
# A clean cipher list, but the minimum version left at TLS 1.0.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
harden() {
  set_apiserver_flag --tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
}
edit_apiserver harden
