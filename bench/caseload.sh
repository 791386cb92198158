#!/usr/bin/env bash
# A counsellor's caseload (300 dossiers) and a dossier page with 500 timeline entries, under load: starts Boussole
# with the Tomcat access log on (fresh data directory, demo data), adds the bench data with bench/caseload-data.sql
# (psql against the embedded PostgreSQL, whose port is in <data-dir>/postgres/postmaster.pid), then runs
# bench/CaseloadBench.java: a real login, then 20 concurrent clients on each page, and prints the client-side
# percentiles and the server time of the measured requests (access log, %D = microseconds). Run on purpose:
#   bench/caseload.sh [path/to/boussole.jar] [clients=20] [requests per client=100]
set -euo pipefail
jar=${1:-target/boussole.jar}
clients=${2:-20}
per_client=${3:-100}
port=${PORT:-18437}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT

if curl -s -o /dev/null "http://localhost:$port/"; then
	echo "port $port is already in use: set PORT" >&2
	exit 1
fi
# plain http on localhost: the session cookie must not be marked secure
BOUSSOLE_DATA_DIR="$dir/data" SERVER_PORT=$port BOUSSOLE_SECURE_COOKIES=false java -Xmx512m -jar "$jar" \
	--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$dir" \
	--server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
	--server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
	--server.tomcat.accesslog.pattern='%m %U %s %D %B' \
	>"$dir/out.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
	kill -0 "$pid" 2>/dev/null || { echo "Boussole stopped: see $dir/out.log"; tail -20 "$dir/out.log"; exit 1; }
	sleep 0.5
done

db_port=$(sed -n 4p "$dir/data/postgres/postmaster.pid")
dossier=$(psql -q -t -A -h localhost -p "$db_port" -U postgres -d boussole -f bench/caseload-data.sql | tail -1)
echo "bench data ready: dossier with 500 more timeline entries: $dossier"

java bench/CaseloadBench.java "http://localhost:$port" "$dossier" "$clients" "$per_client"
sleep 1 # the access log is written asynchronously

measured=$((clients * per_client))
for path in "/conseil/dossiers" "/conseil/dossiers/$dossier"; do
	awk -v p="$path" '$2 == p && $1 == "GET" { print $4 }' "$dir/access.log" | tail -n "$measured" | sort -n >"$dir/times"
	python3 - "$dir/times" "$path" <<'PY'
import math, sys
times = [int(line) for line in open(sys.argv[1])]
print(f"server side, {sys.argv[2]}, {len(times)} measured requests (access log):")
for p in (50, 95, 99, 100):
    index = min(len(times) - 1, math.ceil(p / 100 * len(times)) - 1)
    print(f"  p{p:<3} {times[index] / 1000:7.2f} ms")
PY
done
kill "$pid"
wait "$pid" 2>/dev/null || true
