package com.careerbridge.crm.ui.common;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A Chart.js chart on a canvas, announced to screen readers as one image with a spoken summary. Chart.js arrives as a
 * plain script from its WebJar ({@link ChartJs#SCRIPT}; no frontend bundle is built here), so drawing waits until it
 * has loaded. A chart gives its data as JSON and its configuration as a JavaScript expression over {@code data} and
 * {@code palette}.
 */
public abstract class ChartCanvas extends Div {

    private static final String DRAW = """
            const host = this;
            const data = JSON.parse($0);
            const palette = ['#1f4e79', '#2e8b57', '#d35400', '#8e44ad', '#16a085', '#c0392b'];
            const render = (attempt) => {
              if (!window.Chart) {
                if (attempt < 100) { setTimeout(() => render(attempt + 1), 100); }
                return;
              }
              if (host._chart) { host._chart.destroy(); }
              host._chart = new window.Chart(host.querySelector('canvas'), (/*configuration*/));
            };
            render(0);
            """;

    private String json;

    protected ChartCanvas(String className, String emptyJson) {
        this.json = emptyJson;
        addClassName(className);
        getElement().appendChild(new Element("canvas"));
        getElement().setAttribute("role", "img");
    }

    /** The Chart.js configuration: a JavaScript expression over {@code data} (the JSON given) and {@code palette}. */
    protected abstract String configuration();

    /** New data, and the sentence a screen reader says for the whole chart. */
    protected void show(String json, String ariaLabel) {
        getElement().setAttribute("aria-label", ariaLabel);
        this.json = json;
        draw();
    }

    /** The data last given, as JSON. */
    public String json() {
        return json;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(ChartJs.SCRIPT);
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW.replace("/*configuration*/", configuration()), json);
    }
}
