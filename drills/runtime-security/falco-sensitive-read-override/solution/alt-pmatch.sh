#!/usr/bin/env bash
# Also correct: evt.is_open_read with pmatch, "not user.uid = 0", lower-case priority, the override first.
set -euo pipefail
cat > "$WORKSPACE/falco_rules.local.yaml" <<'YAML'
- rule: Terminal shell in container
  output: >-
    %evt.time,%user.name,%container.id,%proc.cmdline
  override:
    output: replace

- list: cks_sensitive_files
  items:
    - /etc/sudoers
    - /etc/shadow
    - /etc/gshadow

- macro: cks_sensitive_read
  condition: (evt.type in (open, openat, openat2) and evt.is_open_read = true and fd.name pmatch (cks_sensitive_files))

- rule: Sensitive file read by non-root
  desc: Non-root read of a credential file in a container
  condition: container.id != host and cks_sensitive_read and not user.uid = 0
  output: "%container.id %user.name read %fd.name with %proc.cmdline"
  priority: error
YAML
