#!/usr/bin/env bash
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: pci-registry-only
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods", "pods/ephemeralcontainers"]
  validations:
    - expression: "object.spec.containers.all(c, c.image.startsWith('registry.internal.example/'))"
      message: container images must come from registry.internal.example/
    - expression: "!has(object.spec.initContainers) || object.spec.initContainers.all(c, c.image.startsWith('registry.internal.example/'))"
      message: init container images must come from registry.internal.example/
    - expression: "!has(object.spec.ephemeralContainers) || object.spec.ephemeralContainers.all(c, c.image.startsWith('registry.internal.example/'))"
      message: ephemeral container images must come from registry.internal.example/
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
