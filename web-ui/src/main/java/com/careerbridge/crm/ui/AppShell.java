package com.careerbridge.crm.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styles come from static CSS files (no custom frontend bundle can be built here): Lumo first, then
 * our own sheet on top.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/careerbridge.css")
@StyleSheet("styles/guides.css")
@StyleSheet("styles/consultant.css")
@StyleSheet("styles/accessibility.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "CareerBridge CRM", shortName = "CareerBridge")
public class AppShell implements AppShellConfigurator {
}
