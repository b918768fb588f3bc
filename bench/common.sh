# Sourced by the benchmarks: find_java [MIN] prints the first java of feature version MIN (default 25)
# or newer, looking at the Temurin JDK 25 of these machines, then JAVA_HOME, then the PATH.
find_java() {
  local min="${1:-25}" candidate major
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)"; do
    [[ -x "$candidate" ]] || continue
    major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [[ "${major%%.*}" -ge "$min" ]]; then echo "$candidate"; return; fi
  done
  echo "no Java $min or newer found (set JAVA_HOME)" >&2; exit 1
}
