#!/usr/bin/env bash
# A non-root USER early on, but the last USER switches back to root.
set -euo pipefail
cat > "$WORKSPACE/Dockerfile" <<'EOF2'
FROM golang:1.25.4-alpine AS build
USER 1000
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/server

FROM alpine:3.22
COPY --from=build /app /app
USER root
ENTRYPOINT ["/app"]
EOF2
