package com.careerbridge.crm.api.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity tags for representations that are not one aggregate (lists, overviews, the calendar feed): a hash of what the
 * client sees, so that an unchanged answer gets the same tag and {@code If-None-Match} answers 304 (Spring MVC checks
 * it when the response carries the tag). Parts that change on every call (such as {@code syncedAt}) are left out by
 * the caller.
 */
@Component
public class ContentTags {

    private final JsonMapper json;

    ContentTags(JsonMapper json) {
        this.json = json;
    }

    public String of(Object content) {
        return ofBytes(json.writeValueAsBytes(content));
    }

    public static String ofBytes(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public <T> ResponseEntity<T> ok(Object taggedContent, T body) {
        return ResponseEntity.ok().eTag(of(taggedContent)).body(body);
    }

    /** As {@link #ok}, for an answer whose texts are in the language the client asked for ({@code Vary}). */
    public <T> ResponseEntity<T> translated(Object taggedContent, T body) {
        return ResponseEntity.ok().eTag(of(taggedContent)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }
}
