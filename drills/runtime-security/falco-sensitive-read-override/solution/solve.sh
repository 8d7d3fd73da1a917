#!/usr/bin/env bash
set -euo pipefail
cat >> "$WORKSPACE/falco_rules.local.yaml" <<'YAML'

- list: cks_sensitive_files
  items: [/etc/shadow, /etc/gshadow, /etc/sudoers]

- macro: cks_sensitive_read
  condition: open_read and fd.name in (cks_sensitive_files)

- rule: Sensitive file read by non-root
  desc: A process that does not run as root opened a sensitive file for reading inside a container.
  condition: cks_sensitive_read and container and user.uid != 0
  output: "Sensitive file read (file=%fd.name user=%user.name uid=%user.uid cmd=%proc.cmdline container=%container.id image=%container.image.repository)"
  priority: ERROR
  tags: [container, filesystem, mitre_credential_access]

- rule: Terminal shell in container
  output: "%evt.time,%user.name,%container.id,%proc.cmdline"
  override:
    output: replace
YAML
