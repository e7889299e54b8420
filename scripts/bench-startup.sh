#!/usr/bin/env bash
# Prints the seconds from launching CareerBridge CRM to its readiness probe answering 200, on the embedded PostgreSQL,
# for each launch mode: the plain jar; the extracted jar; the extracted jar with a JDK AOT cache (scripts/run.sh, the
# README's run command).
# Each mode is timed on a fresh data directory (first start: initdb + migrations) and on a kept one (a restart).
# Wall-clock figures are only meaningful on an otherwise idle machine; the JVM CPU seconds printed next to them are
# much less sensitive to other load.
#
# Builds nothing if app/target/careerbridge-crm.jar exists. Everything it starts, it stops.
# Usage: scripts/bench-startup.sh [--runs N] [--plain-only | --modes "plain extracted fast"]
# Environment: JAVA_HOME (JDK 25), BENCH_PORT (default 18790), BENCH_DIR (default app/target/bench),
#              BENCH_TIMEOUT (seconds to wait for readiness, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=1
MODES="plain extracted fast"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --plain-only) MODES="plain"; shift ;;
        --modes) MODES="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
if ! "$JAVA" -version 2>&1 | grep -q 'version "25'; then
    echo "JDK 25 needed: set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
    exit 1
fi
JAR=app/target/careerbridge-crm.jar
PORT="${BENCH_PORT:-18790}"
WORK="${BENCH_DIR:-app/target/bench}"
TIMEOUT="${BENCH_TIMEOUT:-300}"

if [[ ! -f "$JAR" ]]; then
    echo "No $JAR yet: building it once (tests skipped)"
    JAVA_HOME="$JAVA_HOME" ./mvnw -q -B package -DskipTests -P '!run-form'
fi

APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the command given, waits for readiness, prints the seconds, stops the app gracefully (which also stops its
# PostgreSQL, so the next run on the same directory is a clean restart).
time_to_ready() {
    local label="$1" log="$2"
    shift 2
    local start end
    start=$(date +%s.%N)
    "$@" --server.port="$PORT" >"$log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "$label: the application exited before it was ready; see $log" >&2
            APP_PID=""
            return 1
        fi
        if (( $(date +%s) - ${start%.*} > TIMEOUT )); then
            echo "$label: not ready after $TIMEOUT s; see $log" >&2
            cleanup
            APP_PID=""
            return 1
        fi
        sleep 0.1
    done
    end=$(date +%s.%N)
    # CPU seconds the JVM spent until then (all its threads): unlike wall-clock time, hardly changed by other load.
    local ticks
    ticks=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    printf '%-44s %6.2f s wall  %6.2f s JVM CPU\n' "$label" "$(echo "$end - $start" | bc)" \
        "$(echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc)"
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

rm -rf "$WORK"
mkdir -p "$WORK"

if [[ "$MODES" != "plain" ]]; then
    echo "Preparing the fast launch: extracting the jar and recording an AOT cache (a training run)..."
    scripts/run.sh --prepare-only --dir "$WORK/fast" >"$WORK/prepare.log" 2>&1 \
        || { echo "preparing the fast launch failed; see $WORK/prepare.log" >&2; exit 1; }
fi

echo "Startup to readiness (embedded PostgreSQL, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)):"
for run in $(seq 1 "$RUNS"); do
    for mode in $MODES; do
        data="$WORK/data-$mode-$run"
        case "$mode" in
            plain) cmd=("$JAVA" -jar "$JAR") ;;
            extracted) cmd=("$JAVA" -jar "$WORK/fast/careerbridge-crm.jar") ;;
            fast) cmd=(scripts/run.sh --dir "$WORK/fast" --no-prepare) ;;
        esac
        cmd+=(--careerbridge.embedded-database.data-directory="$data")
        time_to_ready "$mode, fresh data directory" "$WORK/$mode-$run-fresh.log" "${cmd[@]}" || continue
        time_to_ready "$mode, kept data directory (restart)" "$WORK/$mode-$run-kept.log" "${cmd[@]}" || true
    done
done
