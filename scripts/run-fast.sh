#!/usr/bin/env bash
# Runs CareerBridge CRM in its fastest-starting form: the executable jar extracted into plain jars, launched with a
# JDK 25 AOT cache (JEP 483/514) recorded by a training run. Same application, same configuration, same behaviour as
# `java -jar app/target/careerbridge-crm.jar`; it only starts sooner.
#
# The first call (or any call after the jar was rebuilt) extracts the jar and records the cache, which takes about one
# extra start-up. A training run starts the application on a throw-away embedded database and stops it once the context
# is refreshed (spring.context.exit=onRefresh), so it touches neither your data nor your configured database.
#
# Usage: scripts/run-fast.sh [--dir DIR] [--prepare-only | --no-prepare] [application arguments...]
#   e.g. scripts/run-fast.sh --server.port=8080
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

DIR="$ROOT/app/target/fast"
PREPARE=auto
ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dir) DIR="$2"; shift 2 ;;
        --prepare-only) PREPARE=only; shift ;;
        --no-prepare) PREPARE=no; shift ;;
        *) ARGS+=("$1"); shift ;;
    esac
done

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="$ROOT/app/target/careerbridge-crm.jar"
APP="$DIR/careerbridge-crm.jar"
CACHE="$DIR/careerbridge-crm.aot"

# The training run exits as soon as the context is up, which can leave its embedded PostgreSQL running: stop it (a fast
# shutdown) before its directory is deleted, so no postmaster is left behind serving a directory that no longer exists.
stop_training_postgres() {
    "$ROOT/scripts/stop-postgres.sh" "$1"
}

prepare() {
    if [[ ! -f "$JAR" ]]; then
        echo "No $JAR: build it first (./mvnw package -DskipTests)" >&2
        exit 1
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
    local training
    training="$(mktemp -d)"
    # The cache is only valid for the same JDK and the same class path, which is why it is recorded here, next to the
    # extracted jars, and re-recorded whenever the jar changes.
    echo "Recording the AOT cache (one training start of the application)..."
    if ! env -u SPRING_DATASOURCE_URL "$JAVA" -XX:AOTCacheOutput="$CACHE" -Xlog:aot=error -Xlog:cds=error \
            -Dspring.context.exit=onRefresh -jar "$APP" \
            --server.port=0 --careerbridge.embedded-database.data-directory="$training/pg" \
            --logging.level.root=WARN >"$DIR/training.log" 2>&1; then
        stop_training_postgres "$training/pg"
        rm -rf "$training"
        echo "The training run failed; see $DIR/training.log" >&2
        exit 1
    fi
    stop_training_postgres "$training/pg"
    rm -rf "$training"
}

case "$PREPARE" in
    only) prepare; exit 0 ;;
    auto) if [[ ! -f "$CACHE" || "$JAR" -nt "$CACHE" ]]; then prepare; fi ;;
    no) ;;
esac

exec "$JAVA" -XX:AOTCache="$CACHE" -jar "$APP" "${ARGS[@]}"
