#!/usr/bin/env bash
# Search load benchmark: import a synthetic catalogue, then load the search page, the JSON
# API and the bare Lucene index with the same query mix. See bench/README.md.
#
# Usage: bench/search-load.sh [--resources 100000] [--requests 2000] [--duration 60]
#                             [--threads 8] [--warmup 300] [--heap 256m] [--import-heap SIZE]
#                             [--import-timeout 20] [--seed 20260101] [--data-dir DIR] [--keep]
#   --resources N      size of the generated catalogue (cached under $TMPDIR/tejido-bench)
#   --requests N       measured requests per load run (each run also stops after --duration s)
#   --threads N        concurrent client threads (HTTP and Lucene alike)
#   --heap SIZE        -Xmx of the app during start-up and load (the import runs with JVM defaults
#                      unless --import-heap is given)
#   --data-dir DIR     reuse a data directory filled by an earlier run (--keep) and skip the import
#   --keep             keep the run's temporary directory (data dir and app logs)
#   --nodes N          one node against N on one private PostgreSQL instead (bench/search-nodes/)
# Quick check: bench/search-load.sh --resources 5000 --requests 500 --duration 20
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
PASS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --resources) RESOURCES="$2"; PASS+=("$1" "$2"); shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --nodes) NODES="$2"; shift 2 ;;
    --keep) PASS+=("$1"); shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    --*) [[ $# -ge 2 ]] || { echo "$1 needs a value" >&2; exit 2; }; PASS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

find_java() {
  local candidate major
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)"; do
    [[ -x "$candidate" ]] || continue
    major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ "${major%%.*}" -ge 25 ]]; then echo "$candidate"; return; fi
  done
  echo "no JDK 25 found (set JAVA_HOME)" >&2; exit 1
}

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
  if [[ -n "$PGDIR" ]]; then
    "${AS_POSTGRES[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
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

cd "$ROOT"
if [[ -n "$NODES" ]]; then
  # A private PostgreSQL on loopback, for this run only (Debian's postgresql package).
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -x "$PGBIN/initdb" ]] || { echo "--nodes needs PostgreSQL (apt-get install -y postgresql)" >&2; exit 1; }
  PGDIR="$(mktemp -d -t tejido-search-nodes-pg.XXXXXX)"
  PGPORT=$(( 20000 + RANDOM % 20000 ))
  if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$PGDIR"; AS_POSTGRES=(runuser -u postgres --); fi
  "${AS_POSTGRES[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U tejido --auth=trust -E UTF8 >/dev/null
  "${AS_POSTGRES[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgres.log" -w \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null
  "${AS_POSTGRES[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U tejido tejido
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
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CLASSPATH_LUCENE" "$HERE/SearchLoad.java" \
  --jar "$JAR_COPY" --csv "$CSV" --pid-file "$APP_PID_FILE" "${PASS[@]}" &
RUNNER_PID=$!
wait "$RUNNER_PID"
