#!/usr/bin/env bash
# Checks every kind of page, public and signed-in, against WCAG 2.x A/AA rules with axe-core
# in headless Chromium; exits non-zero on any violation.
# Needs: target/tejido.jar (./mvnw -B -o -q -DskipTests package), Debian's chromium, node and npm.
# The signed-in pages: an administrator is made with `tejido.jar admin create` before the app
# starts, then ../signed-in-setup.mjs signs in and fills a collective through the forms.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
# shellcheck source=../../bench/common.sh
source "$root/bench/common.sh"
java="$(find_java 21)"
port="${PORT:-$(free_port)}"
data="$(mktemp -d)"
email="checker@example.org"
password="check $(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
(cd "$here" && npm install --silent --no-audit --no-fund >/dev/null)
cp "$root/target/tejido.jar" "$data/tejido.jar"
app=""
trap '[[ -n "$app" ]] && kill "$app" 2>/dev/null; rm -rf "$data"' EXIT
TEJIDO_ADMIN_PASSWORD="$password" "$java" -jar "$data/tejido.jar" admin create --email "$email" --name "Checker" \
  --tejido.data-dir="$data/data" >"$data/admin.log" 2>&1 || { cat "$data/admin.log" >&2; exit 1; }
"$java" -jar "$data/tejido.jar" --server.port="$port" --tejido.data-dir="$data/data" >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
TEJIDO_CHECK_PASSWORD="$password" node "$here/check.mjs" "http://127.0.0.1:$port" "$email"
