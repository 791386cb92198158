#!/usr/bin/env bash
# The cost of live audience measurement, in one load run: starts Boussole once, then loads a public page with the
# same clients in alternating phases, measured and not measured (the browsers send Global Privacy Control), and
# prints requests/s and latencies of each, the throughput lost, and the server's CPU per request, Java and
# PostgreSQL (see bench/LiveOverheadBench.java).
# Run on purpose: bench/live-overhead.sh [path/to/boussole.jar] (CLIENTS=20 PHASE_SECONDS=12 ROUNDS=5 WARM_UP_SECONDS=60
# PAGE=/metiers/D1102)
set -euo pipefail
jar=${1:-target/boussole.jar}
port=${PORT:-18090}
clients=${CLIENTS:-20}
seconds=${PHASE_SECONDS:-12}
rounds=${ROUNDS:-5}
page=${PAGE:-/metiers/D1102}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
BOUSSOLE_DATA_DIR="$dir/data" SERVER_PORT=$port java -Xmx512m -jar "$jar" >"$dir/out.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
	kill -0 "$pid" 2>/dev/null || { echo "Boussole stopped: see $dir/out.log"; tail -20 "$dir/out.log"; exit 1; }
	sleep 0.5
done
# the CPU the server uses per request (Java and PostgreSQL), steadier than requests/s on a shared machine
postmaster=$(pgrep -f "postgres -D $dir/data/postgres" | head -1 || true)
SERVER_PIDS="$pid $postmaster" java bench/LiveOverheadBench.java "http://localhost:$port$page" "$clients" "$seconds" "$rounds"
