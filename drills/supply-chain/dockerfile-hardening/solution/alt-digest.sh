#!/usr/bin/env bash
# Pinned by digest and by a registry with a port in its name, with a named user.
set -euo pipefail
cat > "$WORKSPACE/Dockerfile" <<'EOF2'
FROM registry.internal:5000/golang@sha256:6d4cd8b8e5e3b3a3e1e64c5c76d5a0d1f4a3b1e36e0b9f2d1b1e4f5a6b7c8d9e AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/server

FROM alpine:3.22
RUN adduser -D -u 10001 app
COPY --from=build /app /app
USER app
ENTRYPOINT ["/app"]
EOF2
