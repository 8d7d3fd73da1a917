write_profile() {
  cat > "$WORKSPACE/profile.txt" <<'TXT'
#include <tunables/global>

profile k8s-deny-write flags=(attach_disconnected) {
  #include <abstractions/base>
  file,
  deny /** w,
}
TXT
}
