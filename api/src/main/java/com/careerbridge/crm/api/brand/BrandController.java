package com.careerbridge.crm.api.brand;

import java.time.Duration;

import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.BrandLogo;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The consultancy's name and logo for anyone, signed in or not: the app shows them on its sign-in screen, and mail
 * clients load the logo from the address the e-mails name. Changed by an admin in the web UI.
 */
@RestController
@Tag(name = "Consultancy", description = "The consultancy's name and logo")
class BrandController {

    /** A versioned address names one logo for good: caches may keep it (a year, as RFC 9111 suggests at most). */
    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    /** The plain address follows the logo: caches keep it but ask each time (If-None-Match, usually 304). */
    static final CacheControl CURRENT = CacheControl.noCache().cachePublic();

    private final ConsultancyBrand brand;

    BrandController(ConsultancyBrand brand) {
        this.brand = brand;
    }

    @GetMapping(path = "/api/v1/brand", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The consultancy's name and logo",
            description = "Public (no token). The name in Korean and English, the logo's address (null without a "
                    + "logo) and the version, which changes with every change. ETag; If-None-Match answers 304.")
    ResponseEntity<BrandView> brand() {
        Brand current = brand.current();
        return ResponseEntity.ok().eTag(tag(current.version())).body(BrandView.from(current));
    }

    @GetMapping(path = Brand.LOGO_PATH)
    @Operation(summary = "The consultancy's logo",
            description = "Public (no token). A PNG or JPEG of at most 1024 × 1024 pixels; 404 when the consultancy "
                    + "has no logo. Asked for with the current version (the logoUrl of /api/v1/brand), it may be "
                    + "cached for a year; without it, caches revalidate each time. ETag (the version); If-None-Match "
                    + "answers 304.")
    @ApiResponse(responseCode = "200", description = "The logo",
            headers = @Header(name = "Cache-Control", description = "public, with max-age for the current version",
                    schema = @Schema(type = "string")),
            content = {@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> logo(@Parameter(description = "The version the address was given with (logoUrl); any "
            + "other still answers the current logo, without the long caching") @RequestParam(name = "v",
            required = false) Long v, ServletWebRequest request) {
        // Mail clients ask again each time a mail is opened: a cache that holds the current logo is answered from the
        // version alone, and the bytes stay in the database.
        Brand current = brand.current();
        if (current.hasLogo() && request.checkNotModified(tag(current.version()))) {
            HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
            if (response != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, caching(v, current.version()).getHeaderValue());
            }
            return null; // 304, with the ETag checkNotModified wrote
        }
        BrandLogo logo = brand.logo().orElseThrow(() -> new NotFoundException("logo"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .eTag(tag(logo.version()))
                .cacheControl(caching(v, logo.version()))
                .body(logo.image());
    }

    private static CacheControl caching(Long requested, long version) {
        return requested != null && requested == version ? VERSIONED : CURRENT;
    }

    private static String tag(long version) {
        return EntityTags.of(1, version);
    }
}
