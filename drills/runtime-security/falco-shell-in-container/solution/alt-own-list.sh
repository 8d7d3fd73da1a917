#!/usr/bin/env bash
# Also correct: raw execve events, container.id != host, an own list of shells, and a CSV-style output.
set -euo pipefail
cat > "$WORKSPACE/falco_rules.local.yaml" <<'YAML'
- list: my_shells
  items: [ash, bash, csh, dash, ksh, sh, tcsh, zsh]

- rule: Shell spawned in container
  desc: >
    Detects any shell process that is executed inside a container.
  condition: >
    evt.type in (execve, execveat) and evt.dir = < and container.id != host
    and proc.name in (my_shells)
  output: "%evt.time,%container.id,%proc.name,%user.name,%proc.pname"
  priority: warning
  tags:
    - mitre_execution
    - container
    - shell
YAML
