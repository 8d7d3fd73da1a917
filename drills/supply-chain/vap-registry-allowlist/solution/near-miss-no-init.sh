#!/usr/bin/env bash
# Checks containers and ephemeral containers, but forgets init containers.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: pci-registry-only
spec:
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods", "pods/ephemeralcontainers"]
  validations:
    - expression: "object.spec.containers.all(c, c.image.startsWith('registry.internal.example/'))"
    - expression: "!has(object.spec.ephemeralContainers) || object.spec.ephemeralContainers.all(c, c.image.startsWith('registry.internal.example/'))"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: pci-registry-only-binding
spec:
  policyName: pci-registry-only
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchLabels:
        compliance: pci
YAML
