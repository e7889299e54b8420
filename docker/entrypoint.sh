#!/bin/sh
# Starts CareerBridge CRM in the foreground as PID 1's replacement (exec), so that `docker stop` (SIGTERM) reaches the
# JVM and the graceful shutdown stops Tomcat, the jobs and, if used, the embedded PostgreSQL cleanly.
# JVM options: JAVA_TOOL_OPTIONS (read by the JVM itself). Application settings: environment variables or arguments.
set -e
if [ -f /app/careerbridge-crm.aot ]; then
    exec java -XX:AOTCache=/app/careerbridge-crm.aot -Xlog:aot=off -Xlog:cds=off -jar /app/careerbridge-crm.jar "$@"
fi
exec java -jar /app/careerbridge-crm.jar "$@"
