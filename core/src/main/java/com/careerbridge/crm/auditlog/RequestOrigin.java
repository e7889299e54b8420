package com.careerbridge.crm.auditlog;

import java.util.Optional;

/**
 * Where the current request comes from: the client address (as the servlet container reports it, which honours
 * {@code server.forward-headers-strategy}) and the user agent, shortened. Core has no servlet API, so each front end's
 * filter binds it for the duration of a request; a scoped value, so it cannot leak into the next request a pooled
 * thread serves.
 */
public record RequestOrigin(String address, String userAgent) {

    public static final int ADDRESS_MAX = 64;
    public static final int USER_AGENT_MAX = 200;

    private static final ScopedValue<RequestOrigin> CURRENT = ScopedValue.newInstance();

    public RequestOrigin {
        address = clean(address, ADDRESS_MAX);
        userAgent = clean(userAgent, USER_AGENT_MAX);
    }

    /** The origin bound to this thread's request, if any (none in scheduled work). */
    public static Optional<RequestOrigin> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    public static boolean isBound() {
        return CURRENT.isBound();
    }

    /** Runs the rest of a request with this origin; the front ends' filters call it around the filter chain. */
    public static <X extends Throwable> void runWith(RequestOrigin origin, Work<X> work) throws X {
        ScopedValue.where(CURRENT, origin).call(() -> {
            work.run();
            return null;
        });
    }

    /** The rest of a request. */
    @FunctionalInterface
    public interface Work<X extends Throwable> {
        void run() throws X;
    }

    // Control characters are dropped: a user agent is typed by whoever sends the request.
    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(Math.min(value.length(), max));
        value.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .forEach(c -> {
                    if (text.length() < max) {
                        text.appendCodePoint(c);
                    }
                });
        String result = text.length() > max ? text.substring(0, max) : text.toString();
        return result.isBlank() ? null : result.strip();
    }
}
