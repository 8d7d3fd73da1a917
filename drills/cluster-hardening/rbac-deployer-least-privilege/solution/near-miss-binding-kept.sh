#!/usr/bin/env bash
# Adds the right Role but leaves the cluster-admin binding in place: RBAC cannot subtract.
set -euo pipefail
kubectl create role deployer -n team-a --verb=get,list,watch,create,update,patch,delete --resource=deployments.apps
kubectl create rolebinding ci-deployer -n team-a --role=deployer --serviceaccount=team-a:ci-deployer
