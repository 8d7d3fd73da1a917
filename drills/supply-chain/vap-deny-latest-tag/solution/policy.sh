# apply_policy EXPRESSION: the policy with one per-image predicate `i`, for all three container lists, and its binding.
apply_policy() {
  kubectl apply -f - <<YAML
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: require-image-tag
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods", "pods/ephemeralcontainers"]
  variables:
    - name: images
      expression: >-
        object.spec.containers.map(c, c.image)
        + (has(object.spec.initContainers) ? object.spec.initContainers.map(c, c.image) : [])
        + (has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers.map(c, c.image) : [])
  validations:
    - expression: "variables.images.all(i, $1)"
      messageExpression: "'pin a version: latest or untagged images are not allowed in storefront: ' + variables.images.join(', ')"
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
      matchLabels:
        kubernetes.io/metadata.name: storefront
YAML
}
