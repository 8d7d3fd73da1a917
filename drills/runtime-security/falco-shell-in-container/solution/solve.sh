#!/usr/bin/env bash
set -euo pipefail
cat >> "$WORKSPACE/falco_rules.local.yaml" <<'YAML'

- rule: Shell spawned in container
  desc: A shell was started inside a container.
  condition: spawned_process and container and proc.name in (shell_binaries)
  output: "Shell started in container (container_id=%container.id shell=%proc.name user=%user.name cmdline=%proc.cmdline pod=%k8s.pod.name ns=%k8s.ns.name)"
  priority: WARNING
  tags: [container, shell, mitre_execution]
YAML
