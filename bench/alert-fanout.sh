#!/usr/bin/env bash
# Early-warning fan-out benchmark: an SMS report to a collective of N members goes out to all
# of them through a real Kannel on loopback; Kannel's own ceiling; a kill -9 in the middle of
# a fan-out. See bench/README.md.
#
# Usage: bench/alert-fanout.sh [--databases h2,postgresql] [--members 10000] [--threads 4]
#                              [--kannel-threads 8,32] [--kannel-seconds 30] [--kannel-numbers 1]
#                              [--per-second 1000] [--heap 512m] [--grace 20] [--crash-at 0.45]
#                              [--timeout 20] [--seed-timeout 20] [--app-arg --name=value]...
#                              [--no-inspect] [--keep] [--warm-up-alerts 0]
#   --databases L        the databases to run on, one after the other, comma-separated (h2,
#                        postgresql); PostgreSQL is a private one started for the run (initdb in
#                        a temporary folder, loopback, a free port). The figures are printed
#                        side by side at the end.
#   --members N          contact-only members of the collective (the tier tells N-1 of them)
#   --threads N          HTTP clients adding the members (they share one signed-in session)
#   --kannel-threads L   client threads of the runs straight to Kannel (A), comma-separated; the
#                        ratio is taken against the most (32: as many as Tejido's sends in flight)
#   --kannel-seconds S   time limit of each run straight to Kannel (A runs N requests or S seconds)
#   --kannel-numbers K   numbers in each request of those runs (1 to 50; 50 is how Tejido bundles
#                        a tier); with more than one, their rates and the ratio count messages
#   --per-second N       the channel's pace, SMS per second (1 to 1000)
#   --heap SIZE          -Xmx of the app
#   --grace S            tejido.messaging.sending-grace in seconds (the app's default is 60)
#   --crash-at F         kill -9 the app when this share of the second alert's messages arrived
#                        (0.30 to 0.60)
#   --timeout M          minutes any one wait may take; --seed-timeout M for adding the members
#   --app-arg ARG        one more argument for the app (repeatable; {data} becomes the data dir)
#   --jvm-args "..."     more options for the app's JVM (space-separated), after those of jvm.options,
#                        which ./tejido uses too (--no-jvm-options leaves those out)
#   --no-inspect         do not read the database between the kill and the restart (H2's Shell,
#                        over JDBC for PostgreSQL)
#   --keep               keep the temporary folder (data dir, Kannel files, logs)
#   --warm-up-alerts W   whole fan-outs (0 to 3) sent and reported before (B), each from its own
#                        member, so that (B) measures an app that has sent a tier before, as (A)
#                        measures a Kannel that has taken thousands of messages
#   --profile            record the app with JFR during the fan-out (B) into the kept folder
# Quick check: bench/alert-fanout.sh --members 2000
#
# Builds nothing: build the app first with ./mvnw -B -q -DskipTests package.
# Needs Kannel: apt-get install kannel kannel-extras (bearerbox, smsbox, fakesmsc).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly HERE="$ROOT/bench/alert-fanout"
readonly JAR="$ROOT/target/tejido.jar"

PASS=()
DATABASES="h2,postgresql"
JVM_OPTIONS=1
EXTRA_JVM=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep|--no-inspect|--profile) PASS+=("$1"); shift ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    --no-jvm-options) JVM_OPTIONS=0; shift ;;
    --jvm-args) [[ $# -ge 2 ]] || { echo "$1 needs a value" >&2; exit 2; }; EXTRA_JVM="$2"; shift 2 ;;
    --databases) [[ $# -ge 2 ]] || { echo "$1 needs a value" >&2; exit 2; }; DATABASES="$2"; shift 2 ;;
    --*) [[ $# -ge 2 ]] || { echo "$1 needs a value" >&2; exit 2; }; PASS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"

RUNNER_PID=""
PGDIR=""
PGBIN=""
AS_POSTGRES=()
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
  stop_postgres
  rm -rf "$WORK"
}
stop_postgres() {
  if [[ -n "$PGDIR" ]]; then
    "${AS_POSTGRES[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
    PGDIR=""
  fi
}
# A private PostgreSQL on loopback for one run: an empty cluster in a temporary folder.
start_postgres() {
  # initdb on PATH may be a link into the server's bin folder, where createdb is too
  PGBIN="$(dirname "$(readlink -f "$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")")"
  [[ -x "$PGBIN/initdb" && -x "$PGBIN/pg_ctl" ]] || { echo "PostgreSQL's initdb and pg_ctl are needed" >&2; return 1; }
  PGDIR="$(mktemp -d -t tejido-alert-fanout-pg.XXXXXX)"
  PGPORT="$(free_port)"
  if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$PGDIR"; AS_POSTGRES=(runuser -u postgres --); fi
  # (set -e does not hold inside a function called with ||: each step says so itself)
  "${AS_POSTGRES[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U tejido --auth=trust -E UTF8 >/dev/null || return 1
  "${AS_POSTGRES[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgres.log" -w \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null || return 1
  "${AS_POSTGRES[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U tejido tejido || return 1
  echo "postgresql: $("$PGBIN/postgres" --version), private cluster on 127.0.0.1:$PGPORT (default settings, fsync on)"
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

# The app's JVM runs with the options of jvm.options (as under ./tejido), then --jvm-args.
JVM_PASS=()
if [[ "$JVM_OPTIONS" -eq 1 && -f "$ROOT/jvm.options" ]]; then
  while read -r option; do JVM_PASS+=(--jvm-arg "$option"); done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$ROOT/jvm.options" | grep -v '^$')
fi
for option in $EXTRA_JVM; do JVM_PASS+=(--jvm-arg "$option"); done

cd "$ROOT"
COMPARE=()
STATUS=0
IFS=',' read -r -a DBS <<< "$DATABASES"
for DB in "${DBS[@]}"; do
  DB_ARGS=(--database "$DB" --summary "$WORK/$DB.summary")
  case "$DB" in
    h2) ;;
    postgresql|postgres|pg)
      DB=postgresql; DB_ARGS=(--database "$DB" --summary "$WORK/$DB.summary")
      start_postgres || { STATUS=1; continue; }
      DB_ARGS+=(--app-arg "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGPORT/tejido"
        --app-arg --spring.datasource.username=tejido --app-arg --spring.datasource.password=) ;;
    *) echo "unknown database: $DB (h2 or postgresql)" >&2; exit 2 ;;
  esac
  echo
  echo "######## $DB ########"
  "$JAVA" "$HERE/AlertFanout.java" --jar "$WORK/tejido.jar" --pid-file "$PID_FILE" "${DB_ARGS[@]}" "${JVM_PASS[@]}" "${PASS[@]}" &
  RUNNER_PID=$!
  wait "$RUNNER_PID" || STATUS=$?
  RUNNER_PID=""
  stop_postgres
  COMPARE+=("$DB=$WORK/$DB.summary")
done
"$JAVA" "$HERE/AlertFanout.java" --compare "${COMPARE[@]}"
exit "$STATUS"
