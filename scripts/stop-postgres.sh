#!/bin/sh
# Stops the PostgreSQL server that serves a data directory, if one is running there: a fast shutdown (SIGINT, as
# `pg_ctl stop -m fast`), which disconnects its clients instead of waiting for them, then SIGKILL if it is still there
# after 10 s. Run after a training start of the application (scripts/run.sh, the image build), whose embedded
# PostgreSQL outlives the JVM, and before its data directory is deleted.
#
# Usage: scripts/stop-postgres.sh DATA_DIRECTORY
set -u
pidfile="${1:?usage: stop-postgres.sh DATA_DIRECTORY}/postmaster.pid"
[ -f "$pidfile" ] || exit 0
pid="$(head -n 1 "$pidfile")"
case "$pid" in
    '' | *[!0-9]*) exit 0 ;;
esac
# After a reboot the number may belong to another process: touch only a postgres.
if [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" != "postgres" ]; then
    exit 0
fi
kill -INT "$pid" 2>/dev/null || exit 0
waited=0
while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 100 ]; then
        kill -KILL "$pid" 2>/dev/null
        break
    fi
    sleep 0.1
    waited=$((waited + 1))
done
exit 0
