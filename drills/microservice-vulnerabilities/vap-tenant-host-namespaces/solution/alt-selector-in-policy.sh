#!/usr/bin/env bash
# The namespace selector in the policy's matchConstraints, one validation per field, and a binding that
# selects with matchExpressions and also audits.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: tenant-no-host-namespaces
spec:
  matchConstraints:
    namespaceSelector:
      matchLabels:
        tenant: "true"
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE"]
        resources: ["pods"]
  validations:
    - expression: "!object.spec.?hostNetwork.orValue(false)"
      message: hostNetwork is not allowed in tenant namespaces
    - expression: "!object.spec.?hostPID.orValue(false)"
      message: hostPID is not allowed in tenant namespaces
    - expression: "!object.spec.?hostIPC.orValue(false)"
      message: hostIPC is not allowed in tenant namespaces
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: tenant-no-host-namespaces
spec:
  policyName: tenant-no-host-namespaces
  validationActions: [Deny, Audit]
  matchResources:
    namespaceSelector:
      matchExpressions:
        - key: tenant
          operator: In
          values: ["true"]
YAML
