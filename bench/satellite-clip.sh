#!/usr/bin/env bash
# Satellite alerts benchmark: 100,000 alerts in a real export format (NASA FIRMS VIIRS CSV by
# default, or GFW integrated CSV) over and around a territory of a few thousand vertices are
# read, clipped to the territory and clustered into events, under a small heap. See bench/README.md.
#
# Usage: bench/satellite-clip.sh [--alerts 100000] [--vertices 4000] [--format firms|gfw]
#                                [--rounds 5] [--seed 20261203] [--heap 256m]
#   --alerts N     alerts in the generated file (a third of them in patches, the rest scattered)
#   --vertices N   vertices of the territory's outer ring (it also has a hole)
#   --format F     firms (VIIRS CSV) or gfw (GFW integrated alerts CSV)
#   --rounds N     times the whole read, clip and cluster is repeated (the first is cold)
#   --heap SIZE    -Xmx of the run
# Quick check: bench/satellite-clip.sh --alerts 10000 --rounds 2
#
# Builds the classes it needs: ./mvnw -B -q compile, then the classpath from Maven.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly HERE="$ROOT/bench/satellite-clip"

HEAP=256m
PASS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --heap) HEAP="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    --alerts|--vertices|--format|--rounds|--seed) PASS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"

JAVA="$(find_java)"
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"
cd "$ROOT"
./mvnw -B -q compile
CLASSPATH_FILE="$(mktemp -t tejido-satellite-cp.XXXXXX)"
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime
echo "run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
"$JAVA" -Xmx"$HEAP" -cp "$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" "$HERE/SatelliteClip.java" "${PASS[@]}"
