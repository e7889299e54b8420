import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's HEALTHCHECK: exit 0 when the application's readiness probe answers 200, 1 otherwise. Written in
 * Java because the JRE image is the one thing we know the runtime image has; curl and wget are not guaranteed there.
 * Compiled in the build stage, run from the runtime stage as {@code java -cp /app/healthcheck HealthCheck}.
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    /**
     * The port given as --server.port to the container (noted by entrypoint.sh in the file named by
     * CAREERBRIDGE_PORT_FILE, default /tmp/careerbridge.port), else SERVER_PORT, else PORT, else 8080 — the order in
     * which the application itself chooses.
     */
    static String port() {
        try {
            java.nio.file.Path noted = java.nio.file.Path.of(
                    System.getenv().getOrDefault("CAREERBRIDGE_PORT_FILE", "/tmp/careerbridge.port"));
            if (java.nio.file.Files.isRegularFile(noted)) {
                String value = java.nio.file.Files.readString(noted).strip();
                if (value.matches("\\d{1,5}")) {
                    return value;
                }
            }
        } catch (java.io.IOException e) {
            // fall back to the environment
        }
        return System.getenv().getOrDefault("SERVER_PORT", System.getenv().getOrDefault("PORT", "8080"));
    }

    public static void main(String[] args) {
        String port = port();
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health/readiness";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(3000);
            int status = connection.getResponseCode();
            connection.disconnect();
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("readiness probe failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
