#!/usr/bin/env bash
# chmod put on the allow-list with everything else: it works, but nothing is logged.
set -euo pipefail
bash "$DRILL_DIR/solution/solve.sh"
cat > "$WORKSPACE/profiles/orders-api.json" <<'JSON'
{
  "defaultAction": "SCMP_ACT_ERRNO",
  "architectures": ["SCMP_ARCH_X86_64"],
  "syscalls": [
    {
      "names": ["read", "write", "openat", "close", "fstat", "mmap", "munmap", "brk", "futex", "execve",
                "exit_group", "rt_sigaction", "socket", "bind", "listen", "accept4", "chmod"],
      "action": "SCMP_ACT_ALLOW"
    }
  ]
}
JSON
