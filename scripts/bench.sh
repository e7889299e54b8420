#!/usr/bin/env bash
# The benchmarks of CareerBridge CRM in one command: builds the app jar (tests skipped), generates the 100,000-candidate
# data set in a standalone PostgreSQL 17 (bench/target/bench-pg, port 15432; reused by the next run when seed and sizes
# are unchanged), then measures the candidate list, the API under open-model load (with pgbench next to it) and
# startup, and writes bench/target/bench-report.md. See docs/performance.md for the latest report.
#
# Usage: scripts/bench.sh [--publish] [-Dbench.only=grid,applications,booking,messages,api,startup] [-Dbench.api.seconds=60] [other -Dbench.* ...]
#   --publish   copy the report to docs/performance.md afterwards
# Settings (system properties, all optional): bench.only, bench.data.{seed,candidates,consultants}, bench.pg.{dir,port},
#   bench.api.{rate,seconds,warmup-seconds,steps,health-steps,step-seconds,run-warmup-seconds,connections,
#   deadline-seconds,tokens,p99-goal-ms,port}, bench.gcc (the API load generator is C, compiled at run time),
#   bench.pgbench.seconds, bench.grid.{repeats,warmup,p95-goal-ms}, bench.startup.{runs,port,goal-seconds}. Quick smoke run:
#   scripts/bench.sh -Dbench.data.candidates=2000 -Dbench.data.consultants=10 -Dbench.pg.dir=/tmp/bench-small \
#       -Dbench.api.seconds=5 -Dbench.api.warmup-seconds=5 -Dbench.api.step-seconds=5 -Dbench.startup.runs=1
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

PUBLISH=false
ARGS=()
for arg in "$@"; do
    case "$arg" in
        --publish) PUBLISH=true ;;
        *) ARGS+=("$arg") ;;
    esac
done

# -DskipTests skips the tests of core, api, web-ui and app (built by -am for the jar); the bench module's own failsafe
# run ignores it (bench/pom.xml), so the benchmarks still run. '!run-form': the startup benchmark records its own AOT
# cache, the one a -DskipTests build prepares for scripts/run.sh would be a training run for nothing.
./mvnw -B -P 'bench,!run-form' verify -pl bench -am -DskipTests "${ARGS[@]}"

if [[ "$PUBLISH" == true ]]; then
    cp bench/target/bench-report.md docs/performance.md
    echo "Copied the report to docs/performance.md"
fi
