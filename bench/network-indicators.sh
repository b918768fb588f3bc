#!/usr/bin/env bash
# Network benchmark: the protection-network indicators and the drawing (deterministic layout) of a
# support network of 2,000 nodes and 10,000 relations, timed with their peak heap under a small heap;
# then the gzipped weight of the three drawings of a map of 150 actors and 400 relations. See bench/README.md.
#
# Usage: bench/network-indicators.sh [--nodes 2000] [--edges 10000] [--rounds 3] [--seed 20261203] [--heap 256m]
#   --nodes N      nodes of the generated network (half members in sub-groups of ten, half actors)
#   --edges N      relations (the "member of" ties included)
#   --rounds N     times indicators and drawing are repeated (the first is cold)
#   --heap SIZE    -Xmx of the run
# Quick check: bench/network-indicators.sh --nodes 500 --edges 2000 --rounds 1
#
# Builds the classes it needs: ./mvnw -B -q compile, then the classpath from Maven.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly HERE="$ROOT/bench/network-indicators"

HEAP=256m
PASS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --heap) HEAP="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    --nodes|--edges|--rounds|--seed) PASS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"

JAVA="$(find_java)"
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"
cd "$ROOT"
./mvnw -B -q -o compile
CLASSPATH_FILE="$(mktemp -t tejido-network-cp.XXXXXX)"
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime
echo "run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
"$JAVA" -Xmx"$HEAP" -cp "$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" "$HERE/NetworkIndicatorsBench.java" "${PASS[@]+"${PASS[@]}"}"
