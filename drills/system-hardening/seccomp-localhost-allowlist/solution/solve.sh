#!/usr/bin/env bash
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
cat > "$WORKSPACE/profiles/orders-api.json" <<'JSON'
{
  "defaultAction": "SCMP_ACT_ERRNO",
  "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"],
  "syscalls": [
    {
      "names": ["read", "write", "openat", "close", "fstat", "mmap", "munmap", "brk", "futex", "execve",
                "exit_group", "rt_sigaction", "socket", "bind", "listen", "accept4"],
      "action": "SCMP_ACT_ALLOW"
    },
    {
      "names": ["chmod"],
      "action": "SCMP_ACT_LOG"
    }
  ]
}
JSON
jq -e . "$WORKSPACE/profiles/orders-api.json" >/dev/null
write_pod '  securityContext:
    seccompProfile:
      type: Localhost
      localhostProfile: profiles/orders-api.json' ''
