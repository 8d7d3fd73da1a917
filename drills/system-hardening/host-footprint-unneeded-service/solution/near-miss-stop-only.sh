#!/usr/bin/env bash
# Stopped and removed, but never disabled: the unit comes back at boot if the package is kept.
set -euo pipefail
cat >> "$WORKSPACE/fix.sh" <<'SH'
systemctl stop smbd
apt-get purge -y samba
SH
