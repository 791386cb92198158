#!/usr/bin/env bash
# Computation time of an interest result over all the fiches of the shipped ROME release (and, for comparison, of a
# skill result and a job picker lookup), in one JVM without the web server or the database: compiles
# bench/InterestResultBench.java into the package of the content module, then prints p50/p90/p99/max. Run on
# purpose:
#   bench/interest-result.sh [measured calls=10000]
set -euo pipefail
calls=${1:-10000}
[ -f target/classes/org/boussole/content/InterestProfiles.class ] || ./mvnw -q -o compile
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$dir/classpath" >/dev/null
cp="target/classes:$(cat "$dir/classpath")"
# the same class loader as the module's classes, so that the bench reaches its package-private types
javac -nowarn -d "$dir/classes" -cp "$cp" bench/InterestResultBench.java
java -Xmx512m -cp "$dir/classes:$cp" org.boussole.content.InterestResultBench "$calls"
