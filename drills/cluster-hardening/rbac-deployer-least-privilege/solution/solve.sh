#!/usr/bin/env bash
set -euo pipefail
kubectl delete clusterrolebinding ci-deployer-admin
kubectl create role deployer -n team-a --verb=get,list,watch,create,update,patch,delete --resource=deployments.apps
kubectl create rolebinding ci-deployer -n team-a --role=deployer --serviceaccount=team-a:ci-deployer
