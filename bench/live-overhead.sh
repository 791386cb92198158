#!/usr/bin/env bash
# The cost of live audience measurement: starts Boussole twice on the same data directory, with measurement off
# then on, loads a public page with the same clients for the same time, and prints requests/s, p95 and what is lost.
# Run on purpose: bench/live-overhead.sh [path/to/boussole.jar] (CLIENTS=20 SECONDS=20 PAGE=/metiers/D1102)
set -euo pipefail
jar=${1:-target/boussole.jar}
port=${PORT:-18090}
clients=${CLIENTS:-20}
seconds=${SECONDS_PER_RUN:-20}
page=${PAGE:-/metiers/D1102}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT

run() {
	BOUSSOLE_DATA_DIR="$dir" SERVER_PORT=$port BOUSSOLE_AUDIENCE_LIVE_ENABLED=$1 java -Xmx512m -jar "$jar" >"$dir/out-$1.log" 2>&1 &
	pid=$!
	until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
		kill -0 "$pid" 2>/dev/null || { echo "Boussole stopped: see $dir/out-$1.log"; tail -20 "$dir/out-$1.log"; exit 1; }
		sleep 0.5
	done
	echo "== live measurement enabled=$1" >&2
	java bench/LiveOverheadBench.java "http://localhost:$port$page" "$clients" "$seconds" | tee "$dir/result-$1" >&2
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	pid=
}

run false
run true
read -r _ off_rps off_p95 < <(grep RESULT "$dir/result-false")
read -r _ on_rps on_p95 < <(grep RESULT "$dir/result-true")
awk -v a="$off_rps" -v b="$on_rps" -v pa="$off_p95" -v pb="$on_p95" 'BEGIN {
	printf "without measurement: %.0f req/s, p95 %.2f ms\n", a, pa
	printf "with measurement:    %.0f req/s, p95 %.2f ms\n", b, pb
	printf "throughput lost: %.1f %%\n", (a - b) / a * 100
}'
