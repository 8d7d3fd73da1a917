#!/usr/bin/env bash
# Removes the binding but grants the role in the context's default namespace, not team-a.
set -euo pipefail
kubectl delete clusterrolebinding ci-deployer-admin
kubectl create role deployer -n default --verb=get,list,watch,create,update,patch,delete --resource=deployments.apps
kubectl create rolebinding ci-deployer -n default --role=deployer --serviceaccount=team-a:ci-deployer
kubectl label -n default role/deployer rolebinding/ci-deployer cks-tutor.dev/drill=rbac-deployer-least-privilege
