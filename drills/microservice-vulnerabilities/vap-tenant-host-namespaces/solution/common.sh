# The policy of the reference solution: one expression over the three optional fields.
POLICY='apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: tenant-no-host-namespaces
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods"]
  validations:
    - expression: >-
        !(has(object.spec.hostNetwork) && object.spec.hostNetwork) &&
        !(has(object.spec.hostPID) && object.spec.hostPID) &&
        !(has(object.spec.hostIPC) && object.spec.hostIPC)
      message: tenant Pods may not use hostNetwork, hostPID or hostIPC'
# binding VALIDATION_ACTION NAMESPACE_SELECTOR_YAML
binding() {
  printf '%s\n' 'apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: tenant-no-host-namespaces
spec:
  policyName: tenant-no-host-namespaces
  validationActions: ['"$1"']
  matchResources:
    namespaceSelector:
'"$2"
}
