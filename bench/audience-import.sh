#!/usr/bin/env bash
# Measures the import of a web-server access log by `audience import-log` (lines/s, peak memory of the JVM) and the
# time GoAccess takes on the same file, in the same run. Run on purpose, never as a test:
#   bench/audience-import.sh [LINES] [path/to/boussole.jar]
# Needs python3, /usr/bin/time and goaccess (apt-get install -y goaccess).
set -euo pipefail
lines=${1:-500000}
jar=${2:-target/boussole.jar}
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$jar" ] || ./mvnw -o -q package -DskipTests
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
log="$dir/access.log"

python3 "$here/generate-access-log.py" "$lines" "$log"
echo "log: $(wc -l <"$log") lines, $(du -h "$log" | cut -f1)"

# the first command creates the embedded database (schema, demo data): not part of the import
BOUSSOLE_DATA_DIR="$dir/data" java -Xmx512m -jar "$jar" audience report --from 2024-01-01 --to 2024-01-01 >/dev/null

echo "--- Boussole: audience import-log (-Xmx512m)"
BOUSSOLE_DATA_DIR="$dir/data" LC_ALL=C.UTF-8 /usr/bin/time -v -o "$dir/time.txt" \
	java -Xmx512m -Duser.language=en -jar "$jar" audience import-log "$log" | tee "$dir/import.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$dir/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt")
echo "import throughput (import only, as printed above): $(grep -oE '[0-9]+ (lines|lignes)/s' "$dir/import.txt")"
echo "whole command, JVM and Spring start included: $wall wall clock; peak RSS of the JVM: $((rss / 1024)) MB"

echo "--- Boussole: the same file again (already imported)"
BOUSSOLE_DATA_DIR="$dir/data" java -Xmx512m -Duser.language=en -jar "$jar" audience import-log "$log" | tail -1

echo "--- Boussole: audience report for the year"
t0=$(date +%s%N)
BOUSSOLE_DATA_DIR="$dir/data" java -Xmx512m -jar "$jar" audience report --from 2024-01-01 --to 2024-12-31
echo "report command: $(( ($(date +%s%N) - t0) / 1000000 )) ms (JVM and Spring start included)"

if command -v goaccess >/dev/null; then
	echo "--- GoAccess $(goaccess --version | head -1 | awk '{ print $3 }') on the same file"
	/usr/bin/time -v -o "$dir/goaccess-time.txt" goaccess "$log" --log-format=COMBINED --no-global-config \
		-o "$dir/report.json" >/dev/null 2>&1 || true
	gwall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$dir/goaccess-time.txt")
	grss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/goaccess-time.txt")
	echo "goaccess: $gwall wall clock, peak RSS $((grss / 1024)) MB"
else
	echo "goaccess is not installed (apt-get install -y goaccess)"
fi
