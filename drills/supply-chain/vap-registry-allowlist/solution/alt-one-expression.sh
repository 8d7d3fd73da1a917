#!/usr/bin/env bash
# Also correct: one expression over a variable that joins the three lists, the namespace selector on the
# policy itself (matchExpressions), every API version, and Deny together with Audit.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: pci-registry-only
spec:
  matchConstraints:
    namespaceSelector:
      matchExpressions:
        - {key: compliance, operator: In, values: [pci]}
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["*"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods", "pods/ephemeralcontainers"]
  variables:
    - name: images
      expression: >-
        object.spec.containers.map(c, c.image)
        + (has(object.spec.initContainers) ? object.spec.initContainers.map(c, c.image) : [])
        + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers.map(c, c.image) : [])
  validations:
    - expression: "variables.images.all(i, i.startsWith('registry.internal.example/'))"
      messageExpression: "'only registry.internal.example/ images may run here, got: ' + variables.images.join(', ')"
      reason: Forbidden
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: pci-registry-only-binding
spec:
  policyName: pci-registry-only
  validationActions: [Deny, Audit]
YAML
