#!/usr/bin/env bash
# Prints the container name and the user ID instead of the container ID and the user name.
set -euo pipefail
cat >> "$WORKSPACE/falco_rules.local.yaml" <<'YAML'

- rule: Shell spawned in container
  desc: A shell was started inside a container.
  condition: spawned_process and container and proc.name in (shell_binaries)
  output: "Shell started in container (container=%container.name shell=%proc.name uid=%user.uid)"
  priority: WARNING
  tags: [container, shell, mitre_execution]
YAML
