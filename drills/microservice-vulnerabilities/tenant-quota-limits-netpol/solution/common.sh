QUOTA='apiVersion: v1
kind: ResourceQuota
metadata:
  name: team-b-quota
  namespace: team-b
spec:
  hard:
    pods: "10"
    requests.cpu: "2"
    limits.memory: 4Gi'
LIMITRANGE='apiVersion: v1
kind: LimitRange
metadata:
  name: team-b-defaults
  namespace: team-b
spec:
  limits:
    - type: Container
      default:
        cpu: 500m
        memory: 512Mi
      defaultRequest:
        cpu: 100m
        memory: 128Mi'
