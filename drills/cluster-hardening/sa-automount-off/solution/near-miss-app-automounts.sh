#!/usr/bin/env bash
# A dedicated service account, but created with kubectl's defaults: it still automounts its token.
set -euo pipefail
kubectl patch serviceaccount default -n invoicing -p '{"automountServiceAccountToken": false}'
kubectl create serviceaccount app -n invoicing
kubectl set serviceaccount deployment invoices app -n invoicing
kubectl delete secret ci-deploy-token -n invoicing
