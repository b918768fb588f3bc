# Sourced by the benchmarks and checks/accessibility/run.sh.

# The app runs with two malloc arenas under ./tejido; so do the processes the benchmarks start.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# find_java [MIN] prints the first java of feature version MIN (default 25) or newer, looking at the
# Temurin JDK 25 of these machines, then JAVA_HOME, then the PATH.
find_java() {
  local min="${1:-25}" candidate major
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)"; do
    [[ -x "$candidate" ]] || continue
    major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ "${major%%.*}" -ge "$min" ]]; then echo "$candidate"; return; fi
  done
  echo "no Java $min or newer found (set JAVA_HOME)" >&2; exit 1
}

# free_port prints a loopback port nothing listens on (bash's /dev/tcp, no other tool needed).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2; exit 1
}
