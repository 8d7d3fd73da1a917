#!/usr/bin/env bash
# Stop and mask as separate steps, nmbd too, with sudo and unit suffixes, and apt instead of apt-get.
set -euo pipefail
cat >> "$WORKSPACE/fix.sh" <<'SH'
sudo systemctl stop smbd.service nmbd.service
sudo systemctl mask smbd.service nmbd.service
sudo apt purge -y samba samba-common
sudo apt autoremove -y
SH
