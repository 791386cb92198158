#!/usr/bin/env bash
# Search benchmark on the full index: starts Boussole once on a fresh data directory (ROME fiches, starter guides,
# demo centres and events are loaded and indexed), stops it, then runs `search bench` against the same data
# directory. The command times, inside the application's own process and through the same services as the search
# page and the API: the rebuild of the whole index, the latency of single searches (p50/p99 over a varied query set:
# titles, single words, words without accents, typos, acronyms, several words), the autocomplete latency, and the
# throughput of two threads. In-process timing leaves out HTTP, so that the 10 ms and 5 ms targets are measured on
# the search itself; bench/job-fiche.sh shows what HTTP adds to a page. Run on purpose:
#   bench/search.sh [path/to/boussole.jar] [rounds=5] [throughput seconds=10]
# Figures are noisy on a shared machine: run it when nothing else is building.
set -euo pipefail
jar=${1:-target/boussole.jar}
rounds=${2:-5}
seconds=${3:-10}
port=${PORT:-18090}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT

BOUSSOLE_DATA_DIR="$dir/data" SERVER_PORT=$port java -Xmx512m -jar "$jar" >"$dir/out.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/api/search?q=boulanger" | grep -q D1102; do
	kill -0 "$pid" 2>/dev/null || { echo "Boussole stopped: see $dir/out.log"; tail -20 "$dir/out.log"; exit 1; }
	sleep 1
done
kill "$pid"
wait "$pid" 2>/dev/null || true
pid=

BOUSSOLE_DATA_DIR="$dir/data" java -Xmx512m -jar "$jar" search bench --rounds "$rounds" --seconds "$seconds"
