package com.careerbridge.crm.api.brand;

import com.careerbridge.testsupport.BrandDefaults;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultancy's name and logo for anyone: what the app's sign-in screen and mail clients load. */
@ApiIntegrationTest
class BrandApiIT {

    static final LocalizedText DEFAULT_NAME = BrandDefaults.NAME;

    @LocalServerPort
    int port;

    @Autowired ConsultancyBrand brand;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The brand belongs to the whole database, which other test classes share: back to the default. */
    @AfterEach
    void backToTheDefault() {
        BrandDefaults.restore(brand);
    }

    @Test
    void anyoneReadsTheNameWithoutATokenAndAnUnchangedBrandAnswers304() {
        ApiClient.Response read = api.get("/api/v1/brand", null);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode body = read.json();
        assertThat(body.path("name").path("ko").asString()).isEqualTo("CareerBridge");
        assertThat(body.path("name").path("en").asString()).isEqualTo("CareerBridge");
        assertThat(body.get("logoUrl").isNull()).isTrue();
        long version = body.path("version").asLong();
        assertThat(read.header("ETag")).isEqualTo("\"1-" + version + "\"");

        ApiClient.Response again = api.request("GET", "/api/v1/brand").header("If-None-Match", read.header("ETag")).send();
        assertThat(again.status()).isEqualTo(304);

        Brand renamed = SystemWork.call(() -> brand.rename(version, LocalizedText.of("브릿지 커리어 컨설팅",
                "Bridge Career Consulting")));
        ApiClient.Response changed = api.request("GET", "/api/v1/brand").header("If-None-Match", read.header("ETag"))
                .send();
        assertThat(changed.status()).as("renamed since").isEqualTo(200);
        assertThat(changed.json().path("name").path("ko").asString()).isEqualTo("브릿지 커리어 컨설팅");
        assertThat(changed.json().path("name").path("en").asString()).isEqualTo("Bridge Career Consulting");
        assertThat(changed.header("ETag")).isEqualTo("\"1-" + renamed.version() + "\"");
    }

    @Test
    void withoutALogoTheLogoIsAProblemDocument404() {
        ApiClient.Response logo = api.request("GET", "/api/v1/brand/logo").header("Accept-Language", "en").send();

        assertThat(logo.status()).as(logo.toString()).isEqualTo(404);
        assertThat(logo.contentType()).startsWith("application/problem+json");
        assertThat(logo.json().path("detail").asString()).isEqualTo("The consultancy has no logo.");
        ApiClient.Response korean = api.request("GET", "/api/v1/brand/logo?v=3").header("Accept-Language", "ko").send();
        assertThat(korean.status()).isEqualTo(404);
        assertThat(korean.json().path("detail").asString()).isEqualTo("컨설팅 회사 로고가 없습니다.");
    }

    @Test
    void theLogoIsServedWithItsTypeAndVersionAsETagAndMayBeCachedAtItsVersionedAddress() throws Exception {
        byte[] png = png(120, 40);
        Brand withLogo = SystemWork.call(() -> brand.replaceLogo(brand.current().version(), png));

        String logoUrl = api.get("/api/v1/brand", null).json().path("logoUrl").asString();
        assertThat(logoUrl).isEqualTo("/api/v1/brand/logo?v=" + withLogo.version());

        HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + logoUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(png);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("ETag")).hasValue("\"1-" + withLogo.version() + "\"");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("max-age=31536000", "public", "immutable").doesNotContain("no-store"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        ApiClient.Response versioned = api.get(logoUrl, null);
        assertThat(versioned.status()).isEqualTo(200);
        ApiClient.Response notModified = api.request("GET", logoUrl).header("If-None-Match", versioned.header("ETag"))
                .send();
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo(versioned.header("ETag"));
        assertThat(notModified.header("Cache-Control")).as("a 304 keeps the cache's copy fresh, never tells it to drop it")
                .contains("max-age=31536000").doesNotContain("no-store");
        ApiClient.Response plainNotModified = api.request("GET", "/api/v1/brand/logo")
                .header("If-None-Match", versioned.header("ETag")).send();
        assertThat(plainNotModified.status()).isEqualTo(304);
        assertThat(plainNotModified.header("Cache-Control")).contains("no-cache").doesNotContain("no-store");

        ApiClient.Response plain = api.get("/api/v1/brand/logo", null);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Cache-Control")).as("the plain address follows the logo")
                .contains("no-cache").doesNotContain("max-age=31536000").doesNotContain("no-store");

        Brand replaced = SystemWork.call(() -> brand.replaceLogo(withLogo.version(), png(60, 60)));
        ApiClient.Response stale = api.request("GET", "/api/v1/brand/logo").header("If-None-Match",
                versioned.header("ETag")).send();
        assertThat(stale.status()).as("a new logo, a new tag").isEqualTo(200);
        assertThat(stale.header("ETag")).isEqualTo("\"1-" + replaced.version() + "\"");
        assertThat(api.get(logoUrl, null).header("Cache-Control")).as("an old version is not kept for a year")
                .contains("no-cache");
    }

    @Test
    void aVersionThatIsNoNumberIsRefusedAtTheParameter() {
        SystemWork.call(() -> brand.replaceLogo(brand.current().version(), png(10, 10)));

        ApiClient.Response refused = api.get("/api/v1/brand/logo?v=latest", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("v");
    }

    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
