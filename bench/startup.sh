#!/usr/bin/env bash
# Measures Boussole's cold start to a healthy /actuator/health, with an empty data directory and with an existing
# one, and the heap in use after start (after a full GC). Run on purpose: bench/startup.sh [path/to/boussole.jar]
set -euo pipefail
jar=${1:-target/boussole.jar}
port=${PORT:-18080}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT

start() {
	local t0 t1
	t0=$(date +%s%N)
	BOUSSOLE_DATA_DIR="$dir" SERVER_PORT=$port java -Xmx512m -jar "$jar" >"$dir/out.log" 2>&1 &
	pid=$!
	until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
		kill -0 "$pid" 2>/dev/null || { echo "Boussole stopped: see $dir/out.log"; tail -20 "$dir/out.log"; exit 1; }
		sleep 0.2
	done
	t1=$(date +%s%N)
	echo "$1: healthy after $(( (t1 - t0) / 1000000 )) ms"
}

heap() {
	curl -s -o /dev/null "http://localhost:$port/" # one page so that the web layer is warm
	jcmd "$pid" GC.run >/dev/null
	jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total/ { for (i = 1; i <= NF; i++) if ($i == "used") print "heap in use after start and full GC: " $(i + 1) }' | head -1
}

stop() {
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

start "empty data directory (schema, reference data, demo data)"
heap
stop
start "existing data directory"
heap
stop
