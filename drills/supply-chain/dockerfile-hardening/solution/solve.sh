#!/usr/bin/env bash
set -euo pipefail
cat > "$WORKSPACE/Dockerfile" <<'EOF2'
FROM golang:1.25.4-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /app ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app
USER 65532:65532
ENTRYPOINT ["/app"]
EOF2
