#!/usr/bin/env bash
# Import benchmark of territory.geo: a 10,000-feature GeoJSON and a 5,000-point GPX patrol track,
# generated, then each read several times in one JVM under -Xmx256m; prints the time of each read
# and the peak heap it took. See bench/README.md.
#
# Usage: bench/geo-import.sh [--runs 5] [--heap 256m] [--keep]
#
# Builds nothing but the classpath file: compile first with ./mvnw -B -q compile.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS=5
HEAP=256m
KEEP=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"
JAVA="$(find_java)"
[[ -d "$ROOT/target/classes/org/tejido/territory/geo" ]] || {
  echo "missing target/classes: compile first with ./mvnw -B -q compile" >&2; exit 1; }

WORK="$(mktemp -d -t tejido-geo-import.XXXXXX)"
cleanup() { [[ -n "$KEEP" ]] && echo "files kept in $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT

cd "$ROOT"
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >/dev/null
CP="$ROOT/target/classes:$(cat "$WORK/classpath")"
"$JAVA" -Xmx"$HEAP" -cp "$CP" "$ROOT/bench/geo-import/GeoImport.java" --dir "$WORK/files" --runs "$RUNS"
