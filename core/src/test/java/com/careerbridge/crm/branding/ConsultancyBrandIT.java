package com.careerbridge.crm.branding;

import com.careerbridge.testsupport.BrandDefaults;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.InvalidValueException.FieldViolation;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class ConsultancyBrandIT {

    static final LocalizedText DEFAULT_NAME = BrandDefaults.NAME;

    @Autowired ConsultancyBrand brand;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    UserAccount admin;
    long auditBefore;

    @BeforeEach
    void anAdmin() {
        admin = fixtures.admin();
        auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from security_audit", Long.class);
    }

    /** The brand is the whole consultancy's: other tests sharing the database expect the default. */
    @AfterEach
    void backToTheDefault() {
        BrandDefaults.restore(brand);
    }

    @Test
    void aConsultancyThatNeverSetItsBrandIsCareerBridgeWithoutALogo() {
        Brand current = brand.current();

        assertThat(current.name(Language.KO)).isEqualTo("CareerBridge");
        assertThat(current.name(Language.EN)).isEqualTo("CareerBridge");
        assertThat(current.hasLogo()).isFalse();
        assertThat(current.logoPath()).isNull();
        assertThat(brand.logo()).isEmpty();
    }

    @Test
    void anAdminRenamesTheConsultancyInBothLanguagesAndTheChangeIsAudited() {
        long version = brand.current().version();

        Brand renamed = fixtures.as(admin, () -> brand.rename(version,
                LocalizedText.of("  브릿지 커리어 컨설팅 ", " Bridge Career Consulting  ")));

        assertThat(renamed.version()).isGreaterThan(version);
        assertThat(brand.current()).as("read again at once, not from memory").isEqualTo(renamed);
        assertThat(brand.current().name(Language.KO)).isEqualTo("브릿지 커리어 컨설팅");
        assertThat(brand.current().name(Language.EN)).isEqualTo("Bridge Career Consulting");
        assertThat(jdbc.queryForObject("select updated_by from consultancy_brand", Long.class)).isEqualTo(admin.getId());
        assertThat(audit()).containsExactly(Map.of("action", "CONSULTANCY_RENAMED", "actor_id", admin.getId(),
                "actor_role", "ADMIN", "subject_type", "CONSULTANCY", "details", "{}"));
    }

    @Test
    void onlyAnAdminChangesTheBrandAndARefusalChangesNothing() {
        UserAccount consultant = fixtures.consultant("Not the admin");
        long candidateUser = fixtures.candidateWithLogin(consultant, "Candidate").getUserId();
        long version = brand.current().version();
        byte[] png = png(64, 32);

        for (long who : List.of(consultant.getId(), candidateUser)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> brand.rename(version, LocalizedText.of("Mine", "Mine"))))
                    .isInstanceOf(ForbiddenException.class).hasMessage("forbidden.admin-only");
            assertThatThrownBy(() -> fixtures.as(who, () -> brand.replaceLogo(version, png)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> brand.removeLogo(version)))
                    .isInstanceOf(ForbiddenException.class);
        }
        // refused before the image is even looked at: a consultant learns nothing about the rules
        assertThatThrownBy(() -> fixtures.as(consultant, () -> brand.replaceLogo(version, "GIF89a".getBytes(
                StandardCharsets.US_ASCII)))).isInstanceOf(ForbiddenException.class);

        assertThat(brand.current().version()).isEqualTo(version);
        assertThat(brand.current().name()).isEqualTo(DEFAULT_NAME);
        assertThat(audit()).isEmpty();
    }

    @Test
    void namesAreRequiredShortAndOneLineInBothLanguages() {
        long version = brand.current().version();

        assertThat(refusal(() -> brand.rename(version, LocalizedText.of("   ", "Fine"))))
                .containsExactly(new FieldViolation("name.ko", "required"));
        assertThat(refusal(() -> brand.rename(version, LocalizedText.of("좋아요", "x".repeat(81)))))
                .containsExactly(new FieldViolation("name.en", "too-long"));
        assertThat(refusal(() -> brand.rename(version, LocalizedText.of("두 줄\n이름", null))))
                .containsExactly(new FieldViolation("name.ko", "invalid"), new FieldViolation("name.en", "required"));
        assertThat(refusal(() -> brand.rename(version, null)))
                .containsExactly(new FieldViolation("name.ko", "required"), new FieldViolation("name.en", "required"));
        assertThat(brand.current().version()).isEqualTo(version);

        Brand longest = fixtures.as(admin, () -> brand.rename(version, LocalizedText.of("가".repeat(80), "x".repeat(80))));
        assertThat(longest.name(Language.KO)).hasSize(80);
    }

    @Test
    void aPngOrAJpegBecomesTheLogoAndIsServedWithItsTypeAndVersion() {
        byte[] png = png(200, 80);
        Brand withPng = fixtures.as(admin, () -> brand.replaceLogo(brand.current().version(), png));

        assertThat(withPng.hasLogo()).isTrue();
        assertThat(withPng.logoContentType()).isEqualTo("image/png");
        assertThat(withPng.logoPath()).isEqualTo("/api/v1/brand/logo?v=" + withPng.version());
        BrandLogo served = brand.logo().orElseThrow();
        assertThat(served.image()).isEqualTo(png);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.version()).isEqualTo(withPng.version());

        byte[] jpeg = image("jpeg", 1024, 1024);
        Brand withJpeg = fixtures.as(admin, () -> brand.replaceLogo(withPng.version(), jpeg));
        assertThat(withJpeg.logoContentType()).isEqualTo("image/jpeg");
        assertThat(brand.current()).isEqualTo(withJpeg);
        assertThat(audit()).extracting(entry -> entry.get("action") + " " + entry.get("details")).containsExactly(
                "CONSULTANCY_LOGO_REPLACED {\"format\": \"png\"}", "CONSULTANCY_LOGO_REPLACED {\"format\": \"jpeg\"}");
    }

    @Test
    void aGifAnSvgAnHtmlPageCalledPngOversizedAndBrokenImagesAreRefusedWithTheirReason() {
        long version = brand.current().version();
        byte[] svg = """
                <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                <script>alert(1)</script></svg>""".getBytes(StandardCharsets.UTF_8);
        byte[] htmlNamedPng = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(png(10, 10), LogoImage.MAX_BYTES + 1);
        byte[] truncated = Arrays.copyOf(png(300, 100), 60);

        assertThat(logoRefusal(version, image("gif", 10, 10))).isEqualTo(LogoRefusedException.NOT_PNG_OR_JPEG);
        assertThat(logoRefusal(version, svg)).isEqualTo(LogoRefusedException.NOT_PNG_OR_JPEG);
        assertThat(logoRefusal(version, htmlNamedPng)).isEqualTo(LogoRefusedException.NOT_PNG_OR_JPEG);
        assertThat(logoRefusal(version, tooLarge)).isEqualTo(LogoRefusedException.TOO_LARGE);
        assertThat(logoRefusal(version, png(1025, 10))).isEqualTo(LogoRefusedException.TOO_MANY_PIXELS);
        assertThat(logoRefusal(version, image("jpeg", 10, 1025))).isEqualTo(LogoRefusedException.TOO_MANY_PIXELS);
        assertThat(logoRefusal(version, truncated)).isEqualTo(LogoRefusedException.UNREADABLE);
        assertThat(logoRefusal(version, new byte[0])).isEqualTo(LogoRefusedException.UNREADABLE);

        assertThat(brand.current().hasLogo()).isFalse();
        assertThat(brand.current().version()).isEqualTo(version);
        assertThat(audit()).isEmpty();
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAsStale() {
        long version = brand.current().version();
        fixtures.as(admin, () -> brand.rename(version, LocalizedText.of("먼저", "First")));

        assertThatThrownBy(() -> fixtures.as(admin, () -> brand.rename(version, LocalizedText.of("나중", "Later"))))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> assertThat(conflict.isStale()).isTrue());
        assertThatThrownBy(() -> fixtures.as(admin, () -> brand.replaceLogo(version, png(10, 10))))
                .isInstanceOf(ConflictException.class);
        assertThat(brand.current().name(Language.EN)).isEqualTo("First");
    }

    @Test
    void removingTheLogoIsAuditedOnceAndRemovingNothingChangesNothing() {
        Brand withLogo = fixtures.as(admin, () -> brand.replaceLogo(brand.current().version(), png(40, 40)));

        Brand without = fixtures.as(admin, () -> brand.removeLogo(withLogo.version()));
        Brand again = fixtures.as(admin, () -> brand.removeLogo(without.version()));

        assertThat(without.hasLogo()).isFalse();
        assertThat(brand.logo()).isEmpty();
        assertThat(again.version()).isEqualTo(without.version());
        assertThat(audit()).extracting(entry -> entry.get("action"))
                .containsExactly("CONSULTANCY_LOGO_REPLACED", "CONSULTANCY_LOGO_REMOVED");
    }

    private List<FieldViolation> refusal(Runnable change) {
        try {
            fixtures.as(admin, change);
        } catch (InvalidValueException e) {
            return e.violations();
        }
        throw new AssertionError("not refused");
    }

    private String logoRefusal(long version, byte[] image) {
        try {
            fixtures.as(admin, () -> brand.replaceLogo(version, image));
        } catch (LogoRefusedException e) {
            assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("logo");
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    /** This test's audit entries about the consultancy, oldest first. */
    private List<Map<String, Object>> audit() {
        return jdbc.queryForList("""
                select action, actor_id, actor_role, subject_type, details::text as details from security_audit
                where id > ? and subject_type = 'CONSULTANCY' order by id""", auditBefore);
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x1f4e79));
        graphics.fillRect(0, 0, width, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
