package com.careerbridge.crm.account.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: eight-digit codes for the three hashes at six moments. */
    @ParameterizedTest
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheTestVectorsOfRfc6238(long epochSeconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(epochSeconds));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // The six digits an authenticator app shows are the last six of the same truncation.
        assertThat(Totp.code(SHA1_SEED, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void acceptsOneStepEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long current = Totp.step(now);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, current), now)).hasValue(current);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, current - 1), now)).hasValue(current - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, current + 1), now)).hasValue(current + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, current - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, current + 2), now)).isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "28708a", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "287 082", now)).hasValue(1);
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(SHA1_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_SEED);
    }

    @Test
    void recoveryCodesAreTenDistinctAndNormalizeForgivingly() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes.getFirst()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        String code = codes.getFirst();
        assertThat(RecoveryCodes.normalize(" " + code.toLowerCase() + " ")).hasValue(code.replace("-", ""));
        assertThat(RecoveryCodes.normalize("123456")).isEmpty();
    }
}
