package com.careerbridge.crm.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * Length is what makes a password strong: at least 12 characters, at most 128 (bcrypt only reads 72 bytes, and longer
 * input is a denial-of-service lever), no composition rules. What is refused besides (NIST SP 800-63B, 5.1.1.2): the
 * passwords attackers try first — one of about 20,000 common ones ({@code security/common-passwords.txt}), also with
 * a few digits or symbols stuck on either end, or repeated ("Sunshine2026!", "passwordpassword"), and a single character or a
 * short run repeated ("aaaaaaaaaaaa", "abcabcabcabc") — reason {@code password-common}; and the holder's own e-mail
 * address, the part before the {@code @} or their name — reason {@code password-personal}. Comparisons ignore case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** A repeated run at most this long is as guessable as a repeated character. */
    private static final int SHORT_RUN = 3;
    private static final int MIN_CORE = 4;
    private static final int MAX_AFFIX = 8;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** The rules that need no account: length and common passwords. */
    public static void check(String field, String password) {
        check(field, password, new String[0]);
    }

    /**
     * All rules, for an account whose e-mail address and display name are known.
     *
     * @param personal what the password must not simply be: the e-mail address, the display name (nulls ignored)
     */
    public static void check(String field, String password, String... personal) {
        if (password == null || password.isEmpty()) {
            throw new InvalidValueException(field, "required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidValueException(field, "password-too-short");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(field, "password-too-long");
        }
        String normalized = password.strip().toLowerCase(Locale.ROOT);
        if (isCommon(normalized)) {
            throw new InvalidValueException(field, "password-common");
        }
        if (isPersonal(normalized, personal)) {
            throw new InvalidValueException(field, "password-personal");
        }
    }

    private static boolean isCommon(String password) {
        String unit = repeatedUnit(password);
        if (unit != null && unit.codePointCount(0, unit.length()) <= SHORT_RUN) {
            return true;
        }
        return listed(password) || (unit != null && listed(unit));
    }

    /**
     * The password itself is on the list, or it is a listed word of at least {@value #MIN_CORE} characters with a few
     * ({@value #MAX_AFFIX} at most) digits or symbols around it, the way people meet composition rules.
     */
    private static boolean listed(String password) {
        Set<String> common = CommonPasswords.SET;
        if (common.contains(password)) {
            return true;
        }
        String core = trimNonLetters(password);
        int coreLength = core.codePointCount(0, core.length());
        int affixLength = password.codePointCount(0, password.length()) - coreLength;
        return coreLength >= MIN_CORE && affixLength > 0 && affixLength <= MAX_AFFIX && common.contains(core);
    }

    private static String trimNonLetters(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && !Character.isLetter(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && !Character.isLetter(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    /** The shortest run that, repeated at least twice, makes up the whole value; {@code null} if there is none. */
    private static String repeatedUnit(String value) {
        int length = value.length();
        for (int size = 1; size <= length / 2; size++) {
            if (length % size == 0 && value.substring(0, length - size).equals(value.substring(size))) {
                return value.substring(0, size);
            }
        }
        return null;
    }

    private static boolean isPersonal(String password, String... personal) {
        String squeezed = squeeze(password);
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String known = squeeze(value.toLowerCase(Locale.ROOT));
            int at = known.indexOf('@');
            if (squeezed.equals(known) || (at > 0 && squeezed.equals(known.substring(0, at)))) {
                return true;
            }
        }
        return false;
    }

    // "Kim Minji" and "kimminji" are the same guess.
    private static String squeeze(String value) {
        return value.replaceAll("\\s+", "");
    }

    /** Loaded on first use and kept: about 20,000 short strings, roughly 1.5 MB. */
    private static final class CommonPasswords {

        static final Set<String> SET = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(32_768);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    // "# " starts a comment; a few listed passwords themselves start with "#"
                    if (!line.isEmpty() && !line.startsWith("# ")) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
