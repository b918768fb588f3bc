#!/usr/bin/env bash
# Evidence bundle benchmark: seals (writes and signs) and verifies a bundle of about 200 MB of
# random files, next to sha256sum on the same files in the same run. See bench/README.md.
#
# Usage: bench/evidence-bundle.sh [--megabytes 200] [--rounds 3] [--keep]
#   --megabytes N   about how many MB of originals go into the bundle
#   --rounds N      how many times each measure is taken
#   --keep          keep the temporary folder (files, bundle, unpacked copy)
#
# Builds nothing: compile first with ./mvnw -B -q compile (it runs on target/classes and the
# project's dependencies, no server and no database).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MEGABYTES=200
ROUNDS=3
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --megabytes) MEGABYTES="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"

WORK="$(mktemp -d -t tejido-evidence-bundle.XXXXXX)"
cleanup() {
  if [[ "$KEEP" -eq 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -d "$ROOT/target/classes/org/tejido/evidence/bundle" ]] || {
  echo "missing target/classes: compile first with ./mvnw -B -q compile" >&2; exit 1; }
JAVA="$(find_java)"
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"
cd "$ROOT"
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
# A private copy of the classes: a rebuild of target/ during the run must not change them.
cp -r "$ROOT/target/classes" "$WORK/classes"
CLASSPATH="$WORK/classes:$(cat "$WORK/classpath.txt")"
"$JAVA" -Xmx1g -cp "$CLASSPATH" "$ROOT/bench/evidence-bundle/EvidenceBundle.java" \
  --work "$WORK" --megabytes "$MEGABYTES" --rounds "$ROUNDS"
