#!/usr/bin/env bash
# Removes jdoe from group sudo only: the %sysadmins rule in sudoers.d still gives jdoe full sudo.
set -euo pipefail
cd "$WORKSPACE/etc"
sed -i -E '/^sudo:/ s/,jdoe$//' group
sed -i '/^deploy ALL=(ALL:ALL) NOPASSWD: ALL$/d' sudoers.d/deploy
sed -i -E 's#^(svc-backup:([^:]*:){5})/bin/bash$#\1/usr/sbin/nologin#' passwd
