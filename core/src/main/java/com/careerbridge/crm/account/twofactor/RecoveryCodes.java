package com.careerbridge.crm.account.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes for a lost phone: 16 characters from a 32-letter alphabet without look-alikes (80 random bits),
 * written in groups of four. That much randomness makes a plain salted SHA-256 hash safe to store; a slow password
 * hash would cost a second per sign-in for nothing.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final int LENGTH = 16;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int c = 0; c < COUNT; c++) {
            StringBuilder code = new StringBuilder(LENGTH + 3);
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The code without dashes and spaces in upper case, if it has the shape of a recovery code at all. */
    public static Optional<String> normalize(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        String clean = presented.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (clean.length() != LENGTH || !clean.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(clean);
    }

    /** The stored form, salted with the account id so that equal codes of two accounts hash differently. */
    public static byte[] hash(long userId, String normalizedCode) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((userId + ":" + normalizedCode).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
