#!/usr/bin/env bash
# What gpasswd -d, visudo and usermod -s would do on the node, done with sed on the copies.
set -euo pipefail
cd "$WORKSPACE/etc"
grep -rn '^%' sudoers sudoers.d/            # which groups sudo trusts: admin, sudo, sysadmins
sed -i -E '/^(sudo|sysadmins):/ { s/:jdoe,/:/; s/,jdoe(,|$)/\1/; s/:jdoe$/:/ }' group
sed -i '/^deploy ALL=(ALL:ALL) NOPASSWD: ALL$/d' sudoers.d/deploy
sed -i -E 's#^(svc-backup:([^:]*:){5})/bin/bash$#\1/usr/sbin/nologin#' passwd
