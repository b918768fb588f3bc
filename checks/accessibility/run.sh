#!/usr/bin/env bash
# Checks every kind of page against WCAG 2.x A/AA rules with axe-core in headless Chromium.
# Needs: target/tejido.jar (./mvnw -B -DskipTests package), Debian's chromium, node and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
port="${PORT:-18480}"
data="$(mktemp -d)"
(cd "$here" && npm install --silent --no-audit --no-fund >/dev/null)
"$java" -jar "$root/target/tejido.jar" --server.port="$port" --tejido.data-dir="$data" >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
node "$here/check.mjs" "http://127.0.0.1:$port"
