#!/usr/bin/env bash
# One rule per syscall group, x86-64 only, errnoRet set, and the profile on the container instead of the Pod.
set -euo pipefail
source "$DRILL_DIR/solution/common.sh"
cat > "$WORKSPACE/profiles/orders-api.json" <<'JSON'
{
  "defaultAction": "SCMP_ACT_ERRNO",
  "defaultErrnoRet": 1,
  "architectures": ["SCMP_ARCH_X86_64"],
  "syscalls": [
    {"names": ["read", "write", "openat", "close", "fstat"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["mmap", "munmap", "brk", "futex"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["execve", "exit_group", "rt_sigaction", "rt_sigreturn", "arch_prctl"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["socket", "bind", "listen", "accept4", "setsockopt"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["chmod"], "action": "SCMP_ACT_LOG"}
  ]
}
JSON
write_pod '' '      securityContext:
        seccompProfile:
          type: Localhost
          localhostProfile: profiles/orders-api.json'
