#!/usr/bin/env bash
# Finds the listener no needed component accounts for, as a learner would, then writes the fix.
set -euo pipefail
cd "$WORKSPACE"
needed='systemd-resolve|sshd|kubelet|kube-proxy|calico-node|containerd|bird|prometheus-node'
process=$(grep -o 'users:(("[^"]*"' ss-tlnp.txt | cut -d'"' -f2 | sort -u | grep -Ev "^($needed)$")
[ "$process" = smbd ]
grep -q '^smbd.service' unit-files.txt
cat >> fix.sh <<'SH'
systemctl disable --now smbd
apt-get purge -y samba
SH
