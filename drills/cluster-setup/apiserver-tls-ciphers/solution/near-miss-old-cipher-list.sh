#!/usr/bin/env bash
# TLS 1.2 minimum, but a cipher list from an old benchmark that still has CBC and static-RSA suites.
set -euo pipefail
source "$DRILL_DIR/../../lib.sh"
harden() {
  set_apiserver_flag --tls-min-version=VersionTLS12
  set_apiserver_flag --tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,TLS_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_256_GCM_SHA384
}
edit_apiserver harden
