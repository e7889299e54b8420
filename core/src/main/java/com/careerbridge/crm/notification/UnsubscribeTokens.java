package com.careerbridge.crm.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe links: {@code <candidateId>.<HMAC-SHA256(key, purpose + candidateId)>}. The purpose is
 * part of what is signed, so a token made for anything else never verifies as an unsubscribe. Tokens do not expire:
 * an old mail's link must keep working (RFC 8058).
 */
@Component
public class UnsubscribeTokens {

    /** What the candidate stops by following the link. */
    static final String PROGRESS_EMAILS = "unsubscribe:progress-emails";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;
    private final MailSettings settings;

    UnsubscribeTokens(SigningKey key, MailSettings settings) {
        this.key = key;
        this.settings = settings;
    }

    /** A token that unsubscribes the candidate from progress e-mails. */
    public String issue(long candidateId) {
        return sign(PROGRESS_EMAILS, candidateId);
    }

    /**
     * The link in the mail's footer, {@code <base-url>/unsubscribe?token=...}: a page that asks to confirm with a
     * button, because link scanners follow every link in a mail.
     */
    public URI link(long candidateId) {
        return settings.link("/unsubscribe?token=" + issue(candidateId));
    }

    /**
     * The RFC 8058 one-click address for the {@code List-Unsubscribe} header, {@code <base-url>/api/v1/unsubscribe?token=...}:
     * mail clients POST {@code List-Unsubscribe=One-Click} to it, which unsubscribes at once.
     */
    public URI oneClickLink(long candidateId) {
        // the token is URL-safe as it is (digits, a dot, base64url), so it needs no encoding
        return settings.link("/api/v1/unsubscribe?token=" + issue(candidateId));
    }

    /** The candidate a genuine unsubscribe token was issued for; empty for anything forged, altered or foreign. */
    public OptionalLong verify(String token) {
        return verify(PROGRESS_EMAILS, token);
    }

    String sign(String purpose, long candidateId) {
        return candidateId + "." + ENCODER.encodeToString(mac(purpose, candidateId));
    }

    OptionalLong verify(String purpose, String token) {
        if (token == null || token.length() > 200) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return OptionalLong.empty();
        }
        long candidateId;
        byte[] presented;
        try {
            candidateId = Long.parseLong(token.substring(0, dot));
            presented = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        if (candidateId <= 0 || !token.substring(0, dot).equals(Long.toString(candidateId))) {
            return OptionalLong.empty();
        }
        return MessageDigest.isEqual(presented, mac(purpose, candidateId))
                ? OptionalLong.of(candidateId) : OptionalLong.empty();
    }

    private byte[] mac(String purpose, long candidateId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return mac.doFinal((purpose + ":" + candidateId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
