#!/usr/bin/env bash
# Forgets the container condition: every shell an admin opens on the node alerts too.
set -euo pipefail
cat >> "$WORKSPACE/falco_rules.local.yaml" <<'YAML'

- rule: Shell spawned in container
  desc: A shell was started.
  condition: spawned_process and proc.name in (shell_binaries)
  output: "Shell started (container_id=%container.id shell=%proc.name user=%user.name)"
  priority: WARNING
  tags: [container, shell, mitre_execution]
YAML
