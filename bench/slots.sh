#!/usr/bin/env bash
# Slot computation for a structure of 20 counsellors over 8 weeks (p50/p99), and booking throughput under
# concurrent attempts on overlapping slots against the real database (bookings/s, double bookings: must be 0).
# Compiles bench/SlotsBench.java against the application's classes (it lives in the package of the slot
# computation) and runs it with -Xmx512m. Run on purpose, never as a test:
#   bench/slots.sh [computation|booking|all] [threads=16] [attempts=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$dir/classpath.txt" >/dev/null
classpath="target/classes:target/test-classes:$(cat "$dir/classpath.txt")"
javac -nowarn -proc:none -d "$dir/classes" -cp "$classpath" bench/SlotsBench.java
java -Xmx512m -Dbench.data="$dir/data" -cp "$dir/classes:$classpath" org.boussole.accompaniment.appointment.SlotsBench "$@"
