#!/usr/bin/env bash
# Search load benchmark: import a synthetic catalogue, then load the search page, the JSON
# API and the bare Lucene index with the same query mix. See bench/README.md.
#
# Usage: bench/search-load.sh [--resources 100000] [--requests 2000] [--duration 60]
#                             [--threads 8] [--warmup 15000] [--heap 256m] [--import-heap SIZE]
#                             [--import-timeout 20] [--seed 20260101] [--data-dir DIR] [--keep]
#   --resources N      size of the generated catalogue (cached under $TMPDIR/tejido-bench)
#   --requests N       measured requests per load run (each run also stops after --duration s)
#   --threads N        concurrent client threads (HTTP and Lucene alike)
#   --heap SIZE        -Xmx of the app during start-up and load (the import runs with JVM defaults
#                      unless --import-heap is given)
#   --data-dir DIR     reuse a data directory filled by an earlier run (--keep) and skip the import
#   --keep             keep the run's temporary directory (data dir and app logs)
#   --databases LIST   h2, postgresql or both (default h2,postgresql): one run per database, each on
#                      its own fresh data directory (PostgreSQL: a private cluster on loopback), then
#                      the headline figures side by side with their goals
#   --jvm-args "..."   more options for the app's JVM during start-up and load (space-separated), after
#                      those of jvm.options, which ./tejido uses too (--no-jvm-options leaves those out)
#   --pg-dir DIR       reuse a PostgreSQL cluster kept by an earlier --keep run (with --data-dir)
#   --nodes N          one node against N on one private PostgreSQL instead (bench/search-nodes/)
# Quick check: bench/search-load.sh --resources 5000 --requests 500 --duration 20
# Iterating on one database: --databases h2 --keep, then --databases h2 --data-dir DIR
#
# Builds nothing: build the app first with ./mvnw -B -q -DskipTests package.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly HERE="$ROOT/bench/search-load"
readonly JAR="$ROOT/target/tejido.jar"
readonly LUCENE_VERSION=9.12.3
readonly CACHE="${TMPDIR:-/tmp}/tejido-bench"

RESOURCES=100000
SEED=20260101
NODES=""
DATABASES="h2,postgresql"
DATA_DIR=""
REUSE_PG=""
KEEP=""
JVM_OPTIONS=1
EXTRA_JVM=""
PASS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --resources) RESOURCES="$2"; PASS+=("$1" "$2"); shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --nodes) NODES="$2"; shift 2 ;;
    --keep) KEEP=1; PASS+=("$1"); shift ;;
    --databases) DATABASES="$2"; shift 2 ;;
    --data-dir) DATA_DIR="$2"; shift 2 ;;
    --pg-dir) REUSE_PG="$2"; shift 2 ;;
    --jvm-args) EXTRA_JVM="$2"; shift 2 ;;
    --no-jvm-options) JVM_OPTIONS=""; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    --*) [[ $# -ge 2 ]] || { echo "$1 needs a value" >&2; exit 2; }; PASS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"

# The Lucene jars the app ships with: from the local Maven repository, or else out of the jar.
lucene_classpath() {
  local m2="$HOME/.m2/repository/org/apache/lucene" jars=() module
  for module in lucene-core lucene-analysis-common lucene-facet lucene-queries; do
    if [[ -f "$m2/$module/$LUCENE_VERSION/$module-$LUCENE_VERSION.jar" ]]; then
      jars+=("$m2/$module/$LUCENE_VERSION/$module-$LUCENE_VERSION.jar")
    fi
  done
  if [[ ${#jars[@]} -lt 4 ]]; then
    mkdir -p "$CACHE/lib"
    if command -v unzip >/dev/null; then
      (cd "$CACHE/lib" && unzip -o -j -q "$JAR" "BOOT-INF/lib/lucene-*-$LUCENE_VERSION.jar")
    else
      (cd "$CACHE/lib" && "$(dirname "$JAVA")/jar" xf "$JAR" BOOT-INF/lib && mv BOOT-INF/lib/lucene-*-"$LUCENE_VERSION".jar . && rm -rf BOOT-INF)
    fi
    jars=("$CACHE"/lib/lucene-*-"$LUCENE_VERSION".jar)
  fi
  local IFS=:
  echo "${jars[*]}"
}

# The app's own search classes the engine run shares with the app (facet counting, title order),
# out of the jar, with the annotations they name.
app_search_classpath() {
  local dir="$1"
  mkdir -p "$dir"
  if command -v unzip >/dev/null; then
    (cd "$dir" && unzip -o -q "$JAR_COPY" 'BOOT-INF/classes/org/tejido/library/search/*' 'BOOT-INF/lib/jspecify-*.jar')
  else
    local jar_tool
    jar_tool="$(dirname "$JAVA")/jar"
    (cd "$dir" && "$jar_tool" xf "$JAR_COPY" BOOT-INF/classes/org/tejido/library/search \
      $("$jar_tool" tf "$JAR_COPY" | grep '^BOOT-INF/lib/jspecify-'))
  fi
  echo "$dir/BOOT-INF/classes:$(ls "$dir"/BOOT-INF/lib/jspecify-*.jar)"
}

generate_catalogue() {
  local csv="$CACHE/catalogue-$RESOURCES-$SEED.csv"
  if [[ ! -s "$csv" ]]; then
    mkdir -p "$CACHE"
    "$JAVA" "$HERE/GenerateCatalogue.java" --resources "$RESOURCES" --seed "$SEED" --out "$csv.part" >&2
    mv "$csv.part" "$csv"
  fi
  echo "$csv"
}

RUNNER_PID=""
PGDIR=""
AS_POSTGRES=()
APP_PID_FILE="$(mktemp -t tejido-search-load-pid.XXXXXX)"
cleanup() {
  # The runner stops the app itself (and kills it from a shutdown hook); this covers a runner
  # that was killed outright. Only the app this run started is touched (pid file from the runner).
  if [[ -n "$RUNNER_PID" ]] && kill -0 "$RUNNER_PID" 2>/dev/null; then
    kill "$RUNNER_PID" 2>/dev/null || true
    wait "$RUNNER_PID" 2>/dev/null || true
  fi
  local pid
  pid="$(cat "$APP_PID_FILE" 2>/dev/null || true)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q tejido.jar "/proc/$pid/cmdline" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
  fi
  rm -f "$APP_PID_FILE" "${JAR_COPY:-}"
  if [[ -n "${APP_CLASSES:-}" ]]; then rm -rf "$APP_CLASSES"; fi
  stop_postgres
  if [[ -n "${FIGURES:-}" ]]; then rm -rf "$FIGURES"; fi
}

# A private PostgreSQL on loopback for this run (Debian's postgresql package), on a free port:
# a new cluster, or the one in $REUSE_PG kept by an earlier --keep run.
start_postgres() {
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -x "$PGBIN/initdb" ]] || { echo "PostgreSQL is needed (apt-get install -y postgresql)" >&2; exit 1; }
  PGPORT=$(( 20000 + RANDOM % 20000 ))
  if [[ "$(id -u)" -eq 0 ]]; then AS_POSTGRES=(runuser -u postgres --); fi
  if [[ -n "$REUSE_PG" ]]; then
    PGDIR="$REUSE_PG"
  else
    PGDIR="$(mktemp -d -t tejido-search-pg.XXXXXX)"
    if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$PGDIR"; fi
    "${AS_POSTGRES[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U tejido --auth=trust -E UTF8 >/dev/null
  fi
  "${AS_POSTGRES[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgres.log" -w \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null
  if [[ -z "$REUSE_PG" ]]; then
    "${AS_POSTGRES[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U tejido tejido
  fi
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') in $PGDIR, port $PGPORT"
}

stop_postgres() {
  [[ -n "$PGDIR" ]] || return 0
  "${AS_POSTGRES[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  if [[ -n "$KEEP" || -n "$REUSE_PG" ]]; then
    echo "kept the PostgreSQL cluster in $PGDIR (reuse it with --pg-dir $PGDIR)"
  else
    rm -rf "$PGDIR"
  fi
  PGDIR=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -f "$JAR" ]] || { echo "missing $JAR: build it with ./mvnw -B -q -DskipTests package" >&2; exit 1; }
JAVA="$(find_java)"
# Run a private copy of the jar: a rebuild of target/ during the run must not pull it from under the app.
JAR_COPY="$(mktemp -t tejido-search-load-jar.XXXXXX)"
cp "$JAR" "$JAR_COPY"
echo "app: copy of $JAR built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), $(stat -c %s "$JAR") bytes"
CSV="$(generate_catalogue)"
CLASSPATH_LUCENE="$(lucene_classpath)"
APP_CLASSES="$(mktemp -d -t tejido-search-classes.XXXXXX)"
CLASSPATH_LUCENE="$CLASSPATH_LUCENE:$(app_search_classpath "$APP_CLASSES")"

cd "$ROOT"
if [[ -n "$NODES" ]]; then
  KEEP=""; REUSE_PG=""
  start_postgres
  NODE_PASS=()
  for ((i = 0; i < ${#PASS[@]}; i++)); do
    case "${PASS[$i]}" in
      --keep|--resources) [[ "${PASS[$i]}" == --resources ]] && i=$((i + 1)) ;;
      --requests|--threads|--warmup|--duration|--heap) NODE_PASS+=("${PASS[$i]}" "${PASS[$((i + 1))]}"); i=$((i + 1)) ;;
      *) [[ "${PASS[$i]}" == --* && "${PASS[$i]}" != --keep ]] && i=$((i + 1)) ;;
    esac
  done
  "$JAVA" "$ROOT/bench/search-nodes/SearchNodes.java" --jar "$JAR_COPY" --csv "$CSV" --nodes "$NODES" \
    --jdbc-url "jdbc:postgresql://127.0.0.1:$PGPORT/tejido?user=tejido" "${NODE_PASS[@]}" &
  RUNNER_PID=$!
  wait "$RUNNER_PID"
  exit $?
fi
IFS=, read -r -a DBS <<< "$DATABASES"
for db in "${DBS[@]}"; do
  [[ "$db" == h2 || "$db" == postgresql ]] || { echo "unknown database: $db (h2, postgresql)" >&2; exit 2; }
done
if [[ -n "$DATA_DIR" && ${#DBS[@]} -ne 1 ]]; then
  echo "--data-dir reuses the data of one database: add --databases h2 or --databases postgresql" >&2; exit 2
fi
if [[ -n "$DATA_DIR" && " ${DBS[*]} " == *" postgresql "* && -z "$REUSE_PG" ]]; then
  echo "--data-dir on PostgreSQL needs the cluster it was imported into: --pg-dir DIR" >&2; exit 2
fi
# The app's JVM options for start-up and load: those ./tejido uses (jvm.options), then --jvm-args.
APP_JVM=""
if [[ -n "$JVM_OPTIONS" && -f "$ROOT/jvm.options" ]]; then
  APP_JVM="$(sed -e 's/#.*//' "$ROOT/jvm.options" | tr -s ' \n' ' ')"
fi
APP_JVM="$(echo "$APP_JVM $EXTRA_JVM" | xargs)"
FIGURES="$(mktemp -d -t tejido-search-figures.XXXXXX)"
STATUS=0
for db in "${DBS[@]}"; do
  echo
  echo "######## database: $db ########"
  DB_ARGS=()
  if [[ "$db" == postgresql ]]; then
    start_postgres
    DB_ARGS=(--app-args "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGPORT/tejido?user=tejido --spring.datasource.username=tejido")
  fi
  if [[ -n "$DATA_DIR" ]]; then DB_ARGS+=(--data-dir "$DATA_DIR"); fi
  if [[ -n "$APP_JVM" ]]; then DB_ARGS+=(--jvm-args "$APP_JVM"); fi
  set +e
  "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CLASSPATH_LUCENE" "$HERE/SearchLoad.java" \
    --jar "$JAR_COPY" --csv "$CSV" --pid-file "$APP_PID_FILE" --figures-file "$FIGURES/$db" \
    --source "$HERE/SearchLoad.java" \
    "${DB_ARGS[@]}" "${PASS[@]}" &
  RUNNER_PID=$!
  wait "$RUNNER_PID"
  rc=$?
  set -e
  RUNNER_PID=""
  [[ $rc -eq 0 ]] || STATUS=$rc
  if [[ "$db" == postgresql ]]; then stop_postgres; fi
done

# The headline figures of each database next to each other, with the goals of issue 14.
errors() { echo "$(figure "$1" html.errors) / $(figure "$1" api.errors)"; }
rss_split() { echo "$(figure "$1" rss.final-anon) / $(figure "$1" rss.final-file)"; }
loads() { echo "$(figure "$1" load.first) / $(figure "$1" load.last)"; }
figure() { awk -v k="$2" '$1 == k {print $2}' "$FIGURES/$1" 2>/dev/null; }
ratio() { # database, html|api, and the engine run: lucene (server compiler) or lucene-app-jvm
  local web lucene
  web="$(figure "$1" "${2%%:*}.cpu")"; lucene="$(figure "$1" "${2#*:}.cpu")"
  [[ -n "$web" && -n "$lucene" ]] && awk -v w="$web" -v l="$lucene" 'BEGIN { if (l > 0) printf "%.2f", w / l }'
}
cell() { # value, goal (max) or empty: "12.3 ok" / "61.0 OVER"
  local value="$1" goal="$2"
  if [[ -z "$value" ]]; then printf '%-16s' "n/a"; return; fi
  if [[ -z "$goal" ]]; then printf '%-16s' "$value"; return; fi
  printf '%-16s' "$value $(awk -v v="$value" -v g="$goal" 'BEGIN { print (v <= g) ? "ok" : "OVER" }')"
}
row() { # label, goal text, goal number, then a function printing the value for a database
  local label="$1" goal_text="$2" goal="$3" fn="$4" arg="${5:-}" db
  printf '%-30s %-9s' "$label" "$goal_text"
  for db in "${DBS[@]}"; do cell "$($fn "$db" "$arg")" "$goal"; done
  echo
}
echo
echo "== Side by side: $RESOURCES resources, goals of issue 14 ==  ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-30s %-9s' "" "goal"; for db in "${DBS[@]}"; do printf '%-16s' "$db"; done; echo
row "HTML page p99 ms" "<= 50" 50 figure html.p99
row "JSON API p99 ms" "<= 50" 50 figure api.p99
row "CPU ms/request, HTML page" "" "" figure html.cpu
row "CPU ms/request, JSON API" "" "" figure api.cpu
row "CPU ms/query, bare Lucene" "" "" figure lucene.cpu
row "  the same, app's JVM options" "" "" figure lucene-app-jvm.cpu
row "HTML page / Lucene CPU" "<= 2" 2 ratio html:lucene
row "JSON API / Lucene CPU" "<= 2" 2 ratio api:lucene
row "HTML / Lucene, app's options" "<= 2" 2 ratio html:lucene-app-jvm
row "API / Lucene, app's options" "<= 2" 2 ratio api:lucene-app-jvm
row "peak RSS MB (-Xmx as run)" "<= 400" 400 figure rss.peak
row "final RSS: anonymous / files" "" "" rss_split
row "hit counts API = Lucene" "all" "" figure hits.equal
row "errors HTML / API" "0" "" errors
row "other processes %, HTML" "< ~10" "" figure html.other
row "other processes %, API" "< ~10" "" figure api.other
row "other processes %, Lucene" "< ~10" "" figure lucene.other
row "load average, first / last" "" "" loads
exit $STATUS
