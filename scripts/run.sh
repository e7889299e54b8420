#!/usr/bin/env bash
# Runs CareerBridge CRM (the README's run command): the executable jar, extracted into plain jars and started with a
# JDK 25 AOT cache (JEP 483/514) that a training run recorded. Same application, configuration, arguments and behaviour
# as `java -jar app/target/careerbridge-crm.jar`; it starts in about half the time and CPU.
#
# `./mvnw package -DskipTests` prepares this already (app/pom.xml, profile run-form). Should the cache be missing, older
# than the jar or recorded with another JDK, it is prepared here first: the jar is extracted and the application started
# once for training (about 30 s). The training run has none of your SPRING_* or CAREERBRIDGE_* settings, runs outside
# this directory (no ./config, no ./data) on a throw-away embedded PostgreSQL and stops as soon as the context is up
# (spring.context.exit=onRefresh): it touches neither your data nor a database you configured.
#
# Usage: scripts/run.sh [--dir DIR] [--prepare-only | --no-prepare] [application arguments...]
#   e.g. scripts/run.sh --server.port=8081
#   --prepare-only   prepare if needed, do not start (what the build runs)
#   --no-prepare     start with what DIR holds (benchmarks)
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
RECORDED_WITH="$DIR/jdk.txt"

# A cache is only valid for the JDK build that recorded it (and the same class path, hence the extracted jars next to
# it): this names that build. A JDK updated in place keeps its path but not its release file.
jdk_identity() {
    local java
    java="$(readlink -f "$JAVA")"
    echo "$java"
    cat "$(dirname "$(dirname "$java")")/release" 2>/dev/null || "$JAVA" -version 2>&1
}

is_prepared() {
    [[ -f "$CACHE" && ! "$JAR" -nt "$CACHE" && "$(jdk_identity)" == "$(cat "$RECORDED_WITH" 2>/dev/null)" ]]
}

prepare() {
    if [[ ! -f "$JAR" ]]; then
        echo "No $JAR: build it first (./mvnw package -DskipTests)" >&2
        exit 1
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
    echo "Recording the AOT cache: one training start of the application (about 30 s)..."
    local training
    training="$(mktemp -d)"
    if ! (cd "$training" && env -i PATH="$PATH" HOME="$HOME" TMPDIR="${TMPDIR:-/tmp}" \
            "$JAVA" -XX:AOTCacheOutput="$CACHE" -Xlog:aot=error -Xlog:cds=error \
            -Dspring.context.exit=onRefresh -jar "$APP" \
            --server.port=0 --careerbridge.embedded-database.data-directory="$training/pg" \
            --logging.level.root=WARN) >"$DIR/training.log" 2>&1; then
        stop_training_postgres "$training/pg"
        rm -rf "$training" "$CACHE"
        echo "The training run failed; see $DIR/training.log" >&2
        exit 1
    fi
    stop_training_postgres "$training/pg"
    rm -rf "$training"
    jdk_identity >"$RECORDED_WITH"
}

# The training run exits as soon as the context is up, which can leave its embedded PostgreSQL running: stop it (a fast
# shutdown) before its directory is deleted, so no postmaster is left behind serving a directory that no longer exists.
stop_training_postgres() {
    "$ROOT/scripts/stop-postgres.sh" "$1"
}

case "$PREPARE" in
    only) is_prepared || prepare; exit 0 ;;
    auto) is_prepared || prepare ;;
    no) ;;
esac

exec "$JAVA" -XX:AOTCache="$CACHE" -jar "$APP" "${ARGS[@]}"
