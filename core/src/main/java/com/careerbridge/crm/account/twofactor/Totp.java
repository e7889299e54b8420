package com.careerbridge.crm.account.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them with the parameters every authenticator app uses by default:
 * HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits. Checking accepts the step before and after the
 * current one, so a phone clock that is a little off (or a code typed just as it changes) still works.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted on either side of the current one. */
    public static final int TOLERANCE = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of one step. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /** The code of one step with another length or hash, as RFC 6238's test vectors use them. */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        byte[] hash = hmac(secret, ByteBuffer.allocate(8).putLong(step).array(), algorithm);
        // RFC 4226 §5.3 dynamic truncation: four bytes at an offset chosen by the hash's last nibble.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step, among those accepted at {@code now}, whose code this is; the newest first so that a replay check
     * against the last used step keeps the most room.
     */
    public static OptionalLong matchingStep(byte[] secret, String presented, Instant now) {
        if (presented == null) {
            return OptionalLong.empty();
        }
        String digits = presented.replace(" ", "").strip();
        if (digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current + TOLERANCE; step >= current - TOLERANCE; step--) {
            // Constant-time comparison: the time to answer says nothing about how many digits were right.
            if (MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static byte[] hmac(byte[] key, byte[] message, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
