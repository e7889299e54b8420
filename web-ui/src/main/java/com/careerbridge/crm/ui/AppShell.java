package com.careerbridge.crm.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings, server push among them. Styles come from static CSS files (no custom frontend bundle can be built here): Lumo first, then
 * our own sheet on top.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/careerbridge.css")
@StyleSheet("styles/guides.css")
@StyleSheet("styles/consultant.css")
@StyleSheet("styles/accessibility.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Server push, so that a change made elsewhere (another person, another instance: ui.common.LiveRefresh) reaches an
// open page without a click. WebSocket where the way allows it (nginx passes the upgrade on), long polling otherwise.
@Push
public class AppShell implements AppShellConfigurator {

    /** The brand colour of careerbridge.css, which the manifest names as well. */
    static final String THEME_COLOR = "#1f4e79";
    static final String MANIFEST = "manifest.webmanifest";

    /**
     * The candidate portal can be installed on a phone's home screen: a static web-app manifest and its icons. Vaadin's
     * {@code @PWA} is not used: its service worker and generated icons need a frontend build, which cannot run here.
     * Relative addresses, as the page's base address makes them work on every route.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("manifest", MANIFEST);
        settings.addMetaTag("theme-color", THEME_COLOR);
        settings.addLink("apple-touch-icon", "icons/icon-192.png");
    }
}
