#!/usr/bin/env bash
# Job fiche pages under load: starts Boussole with the Tomcat access log on, runs bench/JobFicheBench.java with 20
# concurrent clients over 300 different fiches, then prints the server time of the measured requests (from the
# access log, %D = microseconds spent by the server on each request) and the weight of a first visit to the
# heaviest fiche (HTML + CSS, as sent with gzip and uncompressed). Run on purpose:
#   bench/job-fiche.sh [path/to/boussole.jar] [clients=20] [requests per client=500]
set -euo pipefail
jar=${1:-target/boussole.jar}
clients=${2:-20}
per_client=${3:-500}
port=${PORT:-18080}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT

BOUSSOLE_DATA_DIR="$dir/data" SERVER_PORT=$port java -Xmx512m -jar "$jar" \
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

python3 - "$port" >"$dir/urls" <<'PY'
import csv, sys
with open("src/main/resources/rome/metiers.csv", newline="", encoding="utf-8") as f:
    codes = [row["code_rome"] for row in csv.DictReader(f)]
step = max(1, len(codes) // 300)
for code in codes[::step][:300]:
    print(f"http://localhost:{sys.argv[1]}/metiers/{code}")
PY

java bench/JobFicheBench.java "@$dir/urls" "$clients" "$per_client"
sleep 1 # the access log is written asynchronously

measured=$((clients * per_client))
grep ' /metiers/' "$dir/access.log" | tail -n "$measured" | awk '{ print $4 }' | sort -n >"$dir/server-times"
python3 - "$dir/server-times" <<'PY'
import math, sys
times = [int(line) for line in open(sys.argv[1])]
print(f"server side, {len(times)} measured requests (access log):")
for p in (50, 90, 95, 99, 100):
    index = min(len(times) - 1, math.ceil(p / 100 * len(times)) - 1)
    print(f"  p{p:<3} {times[index] / 1000:7.2f} ms")
PY

css=$(curl -s "http://localhost:$port/metiers/D1102" | grep -o 'href="/css/[^"]*"' | head -1 | cut -d'"' -f2)
heaviest=0
heaviest_url=
while read -r url; do
	size=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$url")
	if [ "$size" -gt "$heaviest" ]; then heaviest=$size; heaviest_url=$url; fi
done <"$dir/urls"
html_plain=$(curl -s -o /dev/null -w '%{size_download}' "$heaviest_url")
css_gzip=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "http://localhost:$port$css")
css_plain=$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$port$css")
echo "first visit to the heaviest of these fiches ($heaviest_url), HTML + $css:"
echo "  with gzip: $(( (heaviest + css_gzip) / 1024 )) KB ($heaviest + $css_gzip bytes)"
echo "  uncompressed: $(( (html_plain + css_plain) / 1024 )) KB ($html_plain + $css_plain bytes)"
kill "$pid"
wait "$pid" 2>/dev/null || true
