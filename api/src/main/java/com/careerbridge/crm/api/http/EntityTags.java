package com.careerbridge.crm.api.http;

import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.crm.api.error.ConditionalRequests;
import com.careerbridge.crm.api.error.PreconditionFailedException;
import com.careerbridge.crm.api.error.PreconditionRequiredException;
import com.careerbridge.crm.shared.BaseEntity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Entity tags built from an aggregate's id and {@code @Version}, and the {@code If-Match} check for updates.
 * <ul>
 *   <li>Reads: {@link #ok(BaseEntity, Object)} sets {@code ETag}; Spring MVC then answers a matching
 *       {@code If-None-Match} with 304 by itself.</li>
 *   <li>Updates: {@link #expectedVersion(HttpServletRequest, long)} demands {@code If-Match} (428 without it), answers
 *       412 for a tag of another resource, and hands the version to the service, whose stale-version
 *       {@code ConflictException} then also becomes 412 (the service compares inside its transaction, so no race).</li>
 * </ul>
 */
public final class EntityTags {

    private static final Pattern STRONG_TAG = Pattern.compile("^\"(\\d+)-(\\d+)\"$");

    private EntityTags() {
    }

    /** A strong tag, {@code "<id>-<version>"}: changes with every committed change of the aggregate. */
    public static String of(long id, long version) {
        return "\"" + id + "-" + version + "\"";
    }

    public static String of(BaseEntity aggregate) {
        return of(aggregate.getId(), aggregate.getVersion());
    }

    public static <T> ResponseEntity<T> ok(BaseEntity aggregate, T body) {
        return ResponseEntity.ok().eTag(of(aggregate)).body(body);
    }

    /**
     * The version the client last saw of aggregate {@code id}, from {@code If-Match}; {@code null} for
     * {@code If-Match: *} (any version).
     *
     * @throws PreconditionRequiredException without If-Match (428)
     * @throws PreconditionFailedException   when no listed tag belongs to this aggregate (412)
     */
    public static Long expectedVersion(HttpServletRequest request, long id) {
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException();
        }
        ConditionalRequests.markIfMatchChecked(request);
        if (header.strip().equals("*")) {
            return null;
        }
        // If-Match uses the strong comparison (RFC 9110, 13.1.1): weak tags never match.
        for (String candidate : header.split(",")) {
            Matcher matcher = STRONG_TAG.matcher(candidate.strip());
            if (matcher.matches() && Long.parseLong(matcher.group(1)) == id) {
                return Long.parseLong(matcher.group(2));
            }
        }
        throw new PreconditionFailedException();
    }

    /**
     * The version to hand to the service: the one from {@code If-Match}, or for {@code If-Match: *} the current one
     * ({@code current} is only read then).
     */
    public static long expectedVersion(HttpServletRequest request, long id, LongSupplier current) {
        Long expected = expectedVersion(request, id);
        return expected != null ? expected : current.getAsLong();
    }
}
