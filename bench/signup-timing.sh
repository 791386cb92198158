#!/usr/bin/env bash
# Measures whether sign-up tells a known address from a new one by its response time: alternates sign-ups with an
# address that has an account and with new addresses, each from its own client address (behind a trusted proxy, as
# in production, so that the per-address sign-up limit does not stop the run), and prints the median and 90th
# percentile of both. The limit of sign-ups per e-mail address is lifted for the run: it is keyed on the address,
# known or not, so it answers both alike, and the run repeats one known address many times.
# Run on purpose: bench/signup-timing.sh [path/to/boussole.jar] [rounds]
set -euo pipefail
jar=${1:-target/boussole.jar}
rounds=${2:-40}
port=${PORT:-18081}
[ -f "$jar" ] || ./mvnw -q -DskipTests package
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
BOUSSOLE_DATA_DIR="$dir" SERVER_PORT=$port SERVER_FORWARD_HEADERS_STRATEGY=native BOUSSOLE_SECURE_COOKIES=false \
	BOUSSOLE_ACCOUNTS_MAIL_REQUESTS_PER_ACCOUNT=100000 \
	java -Xmx512m -jar "$jar" >"$dir/out.log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do
	kill -0 "$pid" 2>/dev/null || { echo "Boussole stopped: see $dir/out.log"; tail -20 "$dir/out.log"; exit 1; }
	sleep 0.5
done

signup() { # email client-address -> seconds
	local jar_file="$dir/cookies-$2" token
	token=$(curl -s -c "$jar_file" -H "X-Forwarded-For: $2" "http://localhost:$port/inscription" |
		sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -w '%{time_total}\n' -b "$jar_file" -H "X-Forwarded-For: $2" \
		--data-urlencode "_csrf=$token" --data-urlencode "displayName=Mesure" --data-urlencode "email=$1" \
		--data-urlencode "password=une phrase de passe de mesure 42" \
		--data-urlencode "passwordConfirmation=une phrase de passe de mesure 42" --data-urlencode "consent=true" \
		"http://localhost:$port/inscription"
}

# warm-up: both paths compiled before anything is measured
for i in $(seq 1 20); do
	signup "camille.martin@demo.boussole.test" "10.1.0.$i" >/dev/null
	signup "chauffe-$i-$RANDOM@exemple.org" "10.2.0.$i" >/dev/null
done
: >"$dir/known"
: >"$dir/new"
for i in $(seq 1 "$rounds"); do
	signup "camille.martin@demo.boussole.test" "10.3.$((i / 250)).$((i % 250))" >>"$dir/known"
	signup "nouvelle-$i-$RANDOM@exemple.org" "10.4.$((i / 250)).$((i % 250))" >>"$dir/new"
done
stats() {
	sort -n "$1" | awk '{ t[NR] = $1 * 1000 } END { printf "median %.1f ms, p90 %.1f ms (%d sign-ups)\n", t[int((NR + 1) / 2)], t[int(NR * 0.9)], NR }'
}
echo "known address: $(stats "$dir/known")"
echo "new address:   $(stats "$dir/new")"
