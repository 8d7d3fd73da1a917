#!/usr/bin/env bash
set -euo pipefail
kubectl patch serviceaccount default -n invoicing -p '{"automountServiceAccountToken": false}'
kubectl create serviceaccount app -n invoicing
kubectl patch serviceaccount app -n invoicing -p '{"automountServiceAccountToken": false}'
kubectl set serviceaccount deployment invoices app -n invoicing
kubectl delete secret ci-deploy-token -n invoicing
