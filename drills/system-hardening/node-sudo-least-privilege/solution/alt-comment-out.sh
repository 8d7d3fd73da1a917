#!/usr/bin/env bash
# Written with awk: the group members rebuilt field by field, the ALL rule commented out instead of deleted,
# and the shell set to /sbin/nologin (the same file on a merged-/usr system).
set -euo pipefail
cd "$WORKSPACE/etc"
awk -F: -v OFS=: '($1 == "sudo" || $1 == "sysadmins") {
  n = split($4, m, ","); out = ""
  for (i = 1; i <= n; i++) if (m[i] != "jdoe") out = out (out == "" ? "" : ",") m[i]
  $4 = out } { print }' group > group.new && mv group.new group
sed -i 's/^deploy ALL=(ALL:ALL) NOPASSWD: ALL$/# removed: &/' sudoers.d/deploy
awk -F: -v OFS=: '$1 == "svc-backup" { $7 = "/sbin/nologin" } { print }' passwd > passwd.new && mv passwd.new passwd
