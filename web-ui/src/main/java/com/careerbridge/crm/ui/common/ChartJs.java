package com.careerbridge.crm.ui.common;

/**
 * What the charts share: Chart.js from its WebJar, loaded as a plain script (no frontend bundle is built here), and
 * the JSON string literals their data is written with.
 */
public final class ChartJs {

    public static final String SCRIPT = "context://webjars/chart.js/4.5.1/dist/chart.umd.js";

    private ChartJs() {
    }

    /** A JSON string literal, safe inside a page (no closing tag can appear). */
    public static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
