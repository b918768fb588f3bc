#!/usr/bin/env bash
# Start-up benchmark: median time from process start to GET /actuator/health answering UP, over
# several cold starts (a new JVM each time) on one prepared data directory, under -Xmx256m.
# See bench/README.md.
#
# Usage: bench/startup.sh [--runs 5] [--heap 256m] [--modes "plain fast"] [--jvm-args "..."] [--data-dir DIR] [--keep]
#   plain  java -Xmx256m -jar target/tejido.jar (the fat jar, no cache)
#   fast   ./tejido with JAVA_OPTS=-Xmx256m and jvm.options (unpacked jar + JDK AOT cache; the cache is made
#          before the timed runs, and the time that takes is printed apart)
#   --jvm-args "..."  more JVM options for both modes (after jvm.options; fast makes a cache for them)
#   --data-dir DIR  reuse a data directory seeded by an earlier run (--keep) instead of seeding one
#   --keep keep the temporary directory (data dir, logs, unpacked copy and cache)
#
# Builds nothing: build the app first with ./mvnw -B -q -DskipTests package.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly JAR="$ROOT/target/tejido.jar"
RUNS=5
HEAP=256m
JVM_ARGS=""
MODES="plain fast"
KEEP=0
REUSE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --jvm-args) JVM_ARGS="$2"; shift 2 ;;
    --modes) MODES="$2"; shift 2 ;;
    --data-dir) REUSE="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"

readonly JAVA="$(find_java)"
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"
[[ -f "$JAR" ]] || { echo "no $JAR: run ./mvnw -B -q -DskipTests package first" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tejido-startup.XXXXXX")"
cp "$JAR" "$WORK/tejido.jar"
cp "$ROOT/tejido" "$WORK/tejido-launcher"
# the launcher reads the JVM options of jvm.options next to it, as it does at the root of the repository
if [[ -f "$ROOT/jvm.options" ]]; then cp "$ROOT/jvm.options" "$WORK/jvm.options"; fi
readonly DATA="${REUSE:-$WORK/data}"
PID=""
cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [[ "$KEEP" -eq 0 ]]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT


load() { cut -d' ' -f1 /proc/loadavg; }

# Starts one mode in the background (PID), with the given port.
launch() {
  local mode="$1" port="$2" log="$3"
  case "$mode" in
    plain) "$JAVA" -Xmx"$HEAP" $JVM_ARGS -jar "$WORK/tejido.jar" --server.port="$port" --tejido.data-dir="$DATA" >"$log" 2>&1 & ;;
    fast) JAVA_OPTS="-Xmx$HEAP $JVM_ARGS" TEJIDO_JAR="$WORK/tejido.jar" TEJIDO_START_DIR="$WORK/start" \
        "$WORK/tejido-launcher" --server.port="$port" --tejido.data-dir="$DATA" >"$log" 2>&1 & ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
  PID=$!
}

# Prints the milliseconds from launch to health UP (or fails after 10 minutes).
time_to_up() {
  local mode="$1" log="$2" port t0 t1
  port="$(free_port)"
  t0=$(date +%s%N)
  launch "$mode" "$port" "$log"
  until curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "the app stopped; see $log" >&2; KEEP=1; exit 1; fi
    if (( ($(date +%s%N) - t0) / 1000000000 > 600 )); then echo "not UP after 10 minutes; see $log" >&2; KEEP=1; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "jar: $(stat -c %s "$JAR") bytes ($(( $(stat -c %s "$JAR") / 1048576 )) MiB), $(unzip -l "$JAR" | grep -c 'BOOT-INF/lib/.*\.jar$') libraries"
echo "java: $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; heap -Xmx$HEAP"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# First start on an empty data directory: migrations, keys, the seed catalogue and its index.
if [[ -z "$REUSE" ]]; then
  echo "seeding the data directory: $(time_to_up plain "$WORK/seed.log") ms"
fi

for mode in $MODES; do
  if [[ "$mode" == fast ]]; then
    t0=$(date +%s)
    JAVA_OPTS="-Xmx$HEAP $JVM_ARGS" TEJIDO_JAR="$WORK/tejido.jar" TEJIDO_START_DIR="$WORK/start" \
      "$WORK/tejido-launcher" --tejido.data-dir="$DATA" evidence >/dev/null 2>&1 || true
    if ! compgen -G "$WORK/start/*/tejido-*.aot" >/dev/null; then
      echo "fast: no AOT cache was made; see $WORK/start/*/training-*.log" >&2; KEEP=1; exit 1
    fi
    echo "fast: preparing the unpacked copy and AOT cache took $(( $(date +%s) - t0 )) s" \
      "($(du -sh "$WORK/start" | cut -f1) on disk)"
  fi
  times=()
  loads=()
  for ((i = 1; i <= RUNS; i++)); do
    times+=("$(time_to_up "$mode" "$WORK/$mode-$i.log")")
    loads+=("$(load)")
  done
  echo "$mode: median $(printf '%s\n' "${times[@]}" | median) ms to health UP;" \
    "runs ${times[*]} ms; 1-min load after each ${loads[*]}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
