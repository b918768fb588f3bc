#!/usr/bin/env bash
# Early-warning fan-out benchmark: an SMS report to a collective of N members goes out to all
# of them through a real Kannel on loopback; Kannel's own ceiling; a kill -9 in the middle of
# a fan-out. See bench/README.md.
#
# Usage: bench/alert-fanout.sh [--members 10000] [--threads 4] [--kannel-threads 1,8] [--kannel-seconds 60]
#                              [--per-second 1000] [--heap 512m] [--grace 20] [--crash-at 0.45]
#                              [--timeout 20] [--seed-timeout 20] [--app-arg --name=value]...
#                              [--no-inspect] [--keep]
#   --members N          contact-only members of the collective (the tier tells N-1 of them)
#   --threads N          HTTP clients adding the members (they share one signed-in session)
#   --kannel-threads L   client threads of the runs straight to Kannel (A), comma-separated
#   --kannel-seconds S   time limit of each run straight to Kannel (A runs N requests or S seconds)
#   --per-second N       the channel's pace, SMS per second (1 to 1000)
#   --heap SIZE          -Xmx of the app
#   --grace S            tejido.messaging.sending-grace in seconds (the app's default is 60)
#   --crash-at F         kill -9 the app when this share of the second alert's messages arrived
#                        (0.30 to 0.60)
#   --timeout M          minutes any one wait may take; --seed-timeout M for adding the members
#   --app-arg ARG        one more argument for the app (repeatable; {data} becomes the data dir)
#   --no-inspect         do not read the database between the kill and the restart
#   --keep               keep the temporary folder (data dir, Kannel files, logs)
# Quick check: bench/alert-fanout.sh --members 300
#
# Builds nothing: build the app first with ./mvnw -B -q -DskipTests package.
# Needs Kannel: apt-get install kannel kannel-extras (bearerbox, smsbox, fakesmsc).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly HERE="$ROOT/bench/alert-fanout"
readonly JAR="$ROOT/target/tejido.jar"

PASS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep|--no-inspect) PASS+=("$1"); shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
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

RUNNER_PID=""
WORK="$(mktemp -d -t tejido-alert-fanout-run.XXXXXX)"
PID_FILE="$WORK/pids"
cleanup() {
  # The runner stops what it started (and from a shutdown hook); this covers a runner that was
  # killed outright. Only processes this run started are touched: the ids the runner wrote,
  # each checked against its command line.
  if [[ -n "$RUNNER_PID" ]] && kill -0 "$RUNNER_PID" 2>/dev/null; then
    kill "$RUNNER_PID" 2>/dev/null || true
    wait "$RUNNER_PID" 2>/dev/null || true
  fi
  local pid name
  if [[ -f "$PID_FILE" ]]; then
    while read -r pid name; do
      [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || continue
      if grep -qaE 'tejido|bearerbox|smsbox|fakesmsc|h2' "/proc/$pid/cmdline" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
      fi
    done < "$PID_FILE"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -f "$JAR" ]] || { echo "missing $JAR: build it with ./mvnw -B -q -DskipTests package" >&2; exit 1; }
[[ -x /usr/sbin/bearerbox && -x /usr/lib/kannel/test/fakesmsc ]] || {
  echo "Kannel is not installed (apt-get install kannel kannel-extras)" >&2; exit 1; }
JAVA="$(find_java)"
# Run a private copy of the jar: a rebuild of target/ during the run must not pull it from under the app.
cp "$JAR" "$WORK/tejido.jar"
echo "app: copy of $JAR built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), $(stat -c %s "$JAR") bytes"

cd "$ROOT"
"$JAVA" "$HERE/AlertFanout.java" --jar "$WORK/tejido.jar" --pid-file "$PID_FILE" "${PASS[@]}" &
RUNNER_PID=$!
wait "$RUNNER_PID"
