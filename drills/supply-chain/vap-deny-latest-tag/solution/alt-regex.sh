#!/usr/bin/env bash
# Also correct: a regular expression per container list, and the namespace chosen with matchExpressions.
set -euo pipefail
kubectl apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: require-image-tag
spec:
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["*"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods", "pods/ephemeralcontainers"]
  validations:
    - expression: "object.spec.containers.all(c, c.image.matches('@sha256:[0-9a-f]{64}$') || c.image.matches(':[^/:]+$') && !c.image.endsWith(':latest'))"
      message: containers need a pinned tag or digest
    - expression: "!has(object.spec.initContainers) || object.spec.initContainers.all(c, c.image.matches('@sha256:[0-9a-f]{64}$') || c.image.matches(':[^/:]+$') && !c.image.endsWith(':latest'))"
      message: init containers need a pinned tag or digest
    - expression: "!has(object.spec.ephemeralContainers) || object.spec.ephemeralContainers.all(c, c.image.matches('@sha256:[0-9a-f]{64}$') || c.image.matches(':[^/:]+$') && !c.image.endsWith(':latest'))"
      message: ephemeral containers need a pinned tag or digest
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: require-image-tag-binding
spec:
  policyName: require-image-tag
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchExpressions:
        - key: kubernetes.io/metadata.name
          operator: In
          values: [storefront]
YAML
