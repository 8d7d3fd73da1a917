#!/usr/bin/env bash
# Flags and policy right, but no volumes: the apiserver cannot see the policy and stays down.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
write_policy 'apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: [secrets]
  - level: Request'
add_apiserver_flag --audit-policy-file=/etc/kubernetes/audit/policy.yaml
add_apiserver_flag --audit-log-path=/var/log/kubernetes/audit/audit.log
add_apiserver_flag --audit-log-maxage=7
add_apiserver_flag --audit-log-maxbackup=3
sleep 3
