#!/usr/bin/env bash
# Page weight benchmark: how many bytes each kind of page costs a reader on a slow link.
#
# Starts target/tejido.jar on a free port with a throw-away data directory (the seed
# catalogue loads on first start; an administrator is made first with `tejido.jar admin
# create`), signs in and fills a collective through its forms (checks/signed-in-setup.mjs,
# shared with the accessibility check), fetches every kind of page - public, and every
# page a signed-in member reaches - in the five interface languages with
# "Accept-Encoding: gzip", and prints one row per page:
#   raw bytes (HTML after decompression), sent bytes (body as it came over the wire),
#   header bytes, whether the server compressed it, whether headers + body fit in the
#   first TCP round trip (14,600 bytes: 10 segments of 1,460 bytes), and how many
#   <link>/<script>/<img>/<iframe> tags point at another host.
# Exits 1 when a page is over the budget, refers to another host, answers with a server
# error, or (signed-in pages) does not answer 200.
#
# Usage: bench/page-sizes.sh [--jar target/tejido.jar] [--keep] [--public-only]
# Needs: a built jar (./mvnw -B -q -DskipTests package), Java 21+, curl, gzip, Node 18+.
set -euo pipefail

readonly BUDGET=14600
readonly LANGS=(en es fr pt id)
readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/tejido.jar"
KEEP=0
SIGNED_IN=1
ADMIN_EMAIL="bench@example.org"
ADMIN_PASSWORD="bench $(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
COOKIE=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --public-only) SIGNED_IN=0; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"


APP_PID=""
SERVER_ERRORS=()
OVER=0 NOT_OK=()
declare -A KIND_MAX=() KIND_MAX_LANG=()
KINDS=()
PAGES=0 FITTING=0 COMPRESSED=0 EXTERNAL=0 LARGEST=0 LARGEST_PAGE=""
WORK="$(mktemp -d -t tejido-pages.XXXXXX)"

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [[ "$KEEP" -eq 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

start_app() {
  # A private copy of the jar: a rebuild of target/ during the run must not pull it from under the app.
  cp "$JAR" "$WORK/tejido.jar"
  if [[ "$SIGNED_IN" -eq 1 ]]; then
    TEJIDO_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$JAVA" -jar "$WORK/tejido.jar" admin create --email "$ADMIN_EMAIL" \
      --name "Bench" --tejido.data-dir="$WORK/data" >"$WORK/admin.log" 2>&1 \
      || { echo "admin create failed:" >&2; tail -n 20 "$WORK/admin.log" >&2; exit 1; }
  fi
  "$JAVA" -jar "$WORK/tejido.jar" --server.port="$PORT" --tejido.data-dir="$WORK/data" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  local started=$SECONDS
  until curl -s --max-time 2 "$BASE/actuator/health" | grep -q '"status":"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app exited during start-up; last log lines:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
    fi
    if (( SECONDS - started > 180 )); then
      echo "the app was not healthy after 180 s; last log lines:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "app healthy after $(( SECONDS - started )) s (pid $APP_PID, port $PORT, data $WORK/data)"
}

first_slug() {
  curl -s --max-time 10 "$BASE/api/v1/resources?size=1" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4
}

# Page kinds and their paths; LANG is replaced by the language code.
page_paths() {
  local slug="$1"
  cat <<PAGES
home        /LANG/
library     /LANG/library
filtered    /LANG/library?type=guides-manuals&area=risk-analysis
search      /LANG/library?q=radio
resource    /LANG/library/$slug
about       /LANG/about
not-found   /LANG/library/no-such-thing
bad-request /LANG/library?page=abc
PAGES
}

# Hosts other than this server referenced by <link>, <script>, <img> or <iframe>.
external_references() {
  { grep -oiE '<(link|script|img|iframe)[[:space:]][^>]*>' "$1" || true; } \
    | { grep -oiE '(src|href)[[:space:]]*=[[:space:]]*["'"'"']?(https?:)?//[^/"'"'"' >]+' || true; } \
    | { grep -viE '//(127\.0\.0\.1|localhost)(:[0-9]+)?$' || true; } \
    | wc -l | tr -d ' '
}

count_page() {
  local page="$1" wire="$2" fits="$3" encoding="$4" external="$5"
  PAGES=$(( PAGES + 1 ))
  if [[ "$fits" == yes ]]; then FITTING=$(( FITTING + 1 )); fi
  if [[ "$encoding" == gzip ]]; then COMPRESSED=$(( COMPRESSED + 1 )); fi
  EXTERNAL=$(( EXTERNAL + external ))
  if (( wire > LARGEST )); then LARGEST=$wire; LARGEST_PAGE="$page"; fi
}

measure_page() {
  local kind="$1" lang="$2" path="$3" cookie="${4:-}"
  local body="$WORK/body" headers="$WORK/headers" html="$WORK/page.html"
  local result status sent header_bytes encoding raw external wire fits
  local with_cookie=()
  # The session cookie is __Host- and Secure: curl keeps no such cookie from http://, so
  # it is sent as a header, as a browser on 127.0.0.1 would.
  if [[ -n "$cookie" ]]; then with_cookie=(-H "Cookie: $cookie"); fi
  result=$(curl -s --max-time 30 -H 'Accept-Encoding: gzip' "${with_cookie[@]}" -o "$body" -D "$headers" \
    -w '%{http_code} %{size_download} %{size_header}' "$BASE$path")
  read -r status sent header_bytes <<<"$result"
  if grep -qi '^content-encoding:[[:space:]]*gzip' "$headers"; then
    encoding=gzip; gzip -dc <"$body" >"$html"
  else
    encoding=none; cp "$body" "$html"
  fi
  raw=$(wc -c <"$html" | tr -d ' ')
  external=$(external_references "$html")
  wire=$(( sent + header_bytes ))
  if (( wire <= BUDGET )); then fits=yes; else fits=NO; fi
  if (( status >= 500 )); then SERVER_ERRORS+=("$status $path"); fi
  if [[ -n "$cookie" && "$status" != 200 ]]; then NOT_OK+=("$status $path"); fi
  if [[ "$fits" != yes ]]; then OVER=$(( OVER + 1 )); fi
  if [[ -z "${KIND_MAX[$kind]:-}" ]]; then KINDS+=("$kind"); KIND_MAX[$kind]=0; fi
  if (( wire > KIND_MAX[$kind] )); then KIND_MAX[$kind]=$wire; KIND_MAX_LANG[$kind]=$lang; fi
  count_page "$kind $lang" "$wire" "$fits" "$encoding" "$external"
  printf '%-15s %-4s %6s %9s %9s %7s %-5s %9s %-5s %8s\n' \
    "$kind" "$lang" "$status" "$raw" "$sent" "$header_bytes" "$encoding" "$wire" "$fits" "$external"
}

JAVA="$(find_java 21)"
[[ -f "$JAR" ]] || { echo "missing $JAR: build it with ./mvnw -B -q -DskipTests package" >&2; exit 1; }
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"

echo "Tejido page sizes - $(date -u '+%Y-%m-%d %H:%M UTC') - $("$JAVA" -version 2>&1 | head -n 1)"
start_app
SLUG="$(first_slug)"
[[ -n "$SLUG" ]] || { echo "no resource slug from /api/v1/resources" >&2; exit 1; }
echo "resource page slug: $SLUG"
echo "budget: headers + compressed body <= $BUDGET bytes (first round trip, initcwnd 10 x 1460)"
echo
printf '%-15s %-4s %6s %9s %9s %7s %-5s %9s %-5s %8s\n' \
  page lang status raw sent headers enc wire fits ext-refs
printf '%s\n' "-----------------------------------------------------------------------------------------"
while read -r kind template; do
  for lang in "${LANGS[@]}"; do
    measure_page "$kind" "$lang" "${template//LANG/$lang}"
  done
done < <(page_paths "$SLUG")
if [[ "$SIGNED_IN" -eq 1 ]]; then
  SIGNED_PAGES="$WORK/signed-in-pages"
  node "$ROOT/checks/signed-in-setup.mjs" "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" >"$SIGNED_PAGES" 2>"$WORK/setup.log" \
    || { echo "signed-in set-up failed:" >&2; cat "$WORK/setup.log" >&2; exit 1; }
  COOKIE="$(sed -n 's/^cookie //p' "$SIGNED_PAGES")"
  while read -r kind template; do
    [[ "$kind" == cookie ]] && continue
    for lang in "${LANGS[@]}"; do
      measure_page "$kind" "$lang" "${template//LANG/$lang}" "$COOKIE"
    done
  done <"$SIGNED_PAGES"
fi
echo
echo "$FITTING of $PAGES pages fit the budget; $COMPRESSED of $PAGES were sent gzip-compressed;" \
  "$EXTERNAL reference(s) to other hosts."
echo "largest on the wire: $LARGEST_PAGE, $LARGEST bytes ($(( LARGEST * 100 / BUDGET ))% of the budget)"
echo "raw = HTML bytes after decompression; sent = body bytes on the wire; wire = sent + headers"
echo "(chunked-transfer framing, TCP/TLS overhead not counted); ext-refs = <link>/<script>/<img>/<iframe>"
echo "src/href pointing at another host."
echo
echo "largest page of each kind (wire bytes, language):"
for kind in "${KINDS[@]}"; do
  printf '  %-15s %6s %s\n' "$kind" "${KIND_MAX[$kind]}" "${KIND_MAX_LANG[$kind]}"
done | column -c 100 | expand
report_server_errors() {
  (( ${#SERVER_ERRORS[@]} > 0 )) || return 0
  echo
  echo "WARNING: ${#SERVER_ERRORS[@]} page(s) answered with a server error:"
  printf '  %s\n' "${SERVER_ERRORS[@]}"
  echo "first error lines of the app log:"
  { grep -n -m 3 -A 12 -E ' ERROR |Exception' "$WORK/app.log" || true; } | head -n 60
}
report_server_errors
report_not_ok() {
  (( ${#NOT_OK[@]} > 0 )) || return 0
  echo
  echo "WARNING: ${#NOT_OK[@]} signed-in page(s) did not answer 200:"
  printf '  %s\n' "${NOT_OK[@]}"
}
report_not_ok
if (( OVER > 0 || EXTERNAL > 0 || ${#SERVER_ERRORS[@]} > 0 || ${#NOT_OK[@]} > 0 )); then
  echo
  echo "FAILED: $OVER page(s) over the budget, $EXTERNAL reference(s) to other hosts," \
    "${#SERVER_ERRORS[@]} server error(s), ${#NOT_OK[@]} signed-in page(s) not answering 200."
  exit 1
fi
