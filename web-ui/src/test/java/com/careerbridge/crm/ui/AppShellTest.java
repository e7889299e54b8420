package com.careerbridge.crm.ui;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.router.Route;
import com.careerbridge.crm.ui.portal.PortalView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate portal is installable: the page head links a static web-app manifest (no {@code @PWA}, which needs a
 * frontend build), and the manifest names the portal, its colour and icons that exist with the sizes it claims.
 */
class AppShellTest {

    private static final String STATIC = "META-INF/resources/";

    @Test
    void thePageHeadLinksTheManifestAndNamesTheThemeColour() throws Exception {
        AppShellSettings settings = new AppShellSettings();
        new AppShell().configurePage(settings);

        List<String> head = headElements(settings);
        assertThat(head).contains("<link href=\"manifest.webmanifest\" rel=\"manifest\">",
                "<meta name=\"theme-color\" content=\"#1f4e79\">");
        assertThat(AppShell.class.getAnnotation(PWA.class)).as("Vaadin's PWA would add a second manifest").isNull();
    }

    @Test
    void theManifestStartsInThePortalWithIconsThatExist() throws Exception {
        JsonNode manifest;
        try (InputStream in = resource(AppShell.MANIFEST)) {
            manifest = JsonMapper.builder().build().readTree(in);
        }
        assertThat(manifest.get("name").asString()).isEqualTo("CareerBridge");
        assertThat(manifest.get("short_name").asString()).isNotBlank().hasSizeLessThanOrEqualTo(12);
        assertThat(manifest.get("start_url").asString()).isEqualTo(PortalView.class.getAnnotation(Route.class).value());
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("theme_color").asString()).isEqualTo(AppShell.THEME_COLOR);

        List<String> sizes = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            String src = icon.get("src").asString();
            String size = icon.get("sizes").asString();
            if (icon.get("type").asString().equals("image/png")) {
                int[] drawn = pngSize(src);
                assertThat(drawn[0] + "x" + drawn[1]).as(src).isEqualTo(size);
            } else {
                assertThat(icon.get("type").asString()).isEqualTo("image/svg+xml");
                try (InputStream in = resource(src)) {
                    assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                            .getDocumentElement().getTagName()).isEqualTo("svg");
                }
            }
            sizes.add(size);
        }
        // what Chrome and Android ask of an installable app
        assertThat(sizes).contains("192x192", "512x512");
    }

    @SuppressWarnings("unchecked")
    private static List<String> headElements(AppShellSettings settings) throws Exception {
        // the elements Vaadin writes into the page head (a package-private accessor, read here to see the real HTML)
        Method method = AppShellSettings.class.getDeclaredMethod("getHeadElements", Inline.Position.class);
        method.setAccessible(true);
        List<String> html = new ArrayList<>();
        for (Inline.Position position : Inline.Position.values()) {
            for (org.jsoup.nodes.Element element : (List<org.jsoup.nodes.Element>) method.invoke(settings, position)) {
                html.add(element.outerHtml());
            }
        }
        return html;
    }

    private static int[] pngSize(String src) throws IOException {
        try (InputStream in = resource(src)) {
            byte[] header = in.readNBytes(24);
            assertThat(new String(header, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).as(src).isEqualTo("PNG");
            ByteBuffer buffer = ByteBuffer.wrap(header);
            return new int[] {buffer.getInt(16), buffer.getInt(20)};
        }
    }

    private static InputStream resource(String path) {
        InputStream in = AppShellTest.class.getClassLoader().getResourceAsStream(STATIC + path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
