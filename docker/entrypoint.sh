#!/bin/sh
# Starts CareerBridge CRM in the foreground as PID 1's replacement (exec), so that `docker stop` (SIGTERM) reaches the
# JVM and the graceful shutdown stops Tomcat, the jobs and, if used, the embedded PostgreSQL cleanly.
# JVM options: JAVA_TOOL_OPTIONS (read by the JVM itself). Application settings: environment variables or arguments.
set -e
# The health check (HealthCheck.java) probes the port the application really listens on: an argument
# --server.port=N given to the container wins over SERVER_PORT, as it does for the application.
port_file="${CAREERBRIDGE_PORT_FILE:-/tmp/careerbridge.port}"
rm -f "$port_file"
for argument in "$@"; do
    case "$argument" in
        --server.port=*) echo "${argument#--server.port=}" > "$port_file" ;;
    esac
done
if [ -f /app/careerbridge-crm.aot ]; then
    # Warnings stay on: a cache the JVM rejects (another JDK, a changed class path) is said in the log, not hidden;
    # the application then starts without it, only slower.
    exec java -XX:AOTCache=/app/careerbridge-crm.aot -Xlog:aot=warning -Xlog:cds=warning -jar /app/careerbridge-crm.jar "$@"
fi
exec java -jar /app/careerbridge-crm.jar "$@"
