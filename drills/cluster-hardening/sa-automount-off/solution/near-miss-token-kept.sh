#!/usr/bin/env bash
# Automounting handled, but the long-lived token Secret is left behind: it stays valid forever.
set -euo pipefail
kubectl patch serviceaccount default -n invoicing -p '{"automountServiceAccountToken": false}'
kubectl create serviceaccount app -n invoicing
kubectl patch serviceaccount app -n invoicing -p '{"automountServiceAccountToken": false}'
kubectl set serviceaccount deployment invoices app -n invoicing
