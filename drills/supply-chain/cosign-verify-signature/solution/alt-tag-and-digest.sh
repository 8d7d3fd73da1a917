#!/usr/bin/env bash
# Also correct: tag and digest together, and the command split over lines with extra options.
set -euo pipefail
cd "$WORKSPACE"
d=sha256:d4419e67ef0e0123735dfbc6b78fc8c59fcf689e248701e778feb7cf38dd8a1f
printf '%s\n' "$d" > verified-digest.txt
cat > verify.sh <<EOF2
#!/usr/bin/env bash
cosign verify \\
  --key=./cosign.pub \\
  --output text \\
  registry.internal.example/shop/payments-api:3.1.0@$d
EOF2
sed -i "s|payments-api:3.1.0|payments-api:3.1.0@$d|" deployment.yaml
