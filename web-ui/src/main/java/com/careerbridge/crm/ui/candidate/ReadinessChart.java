package com.careerbridge.crm.ui.candidate;

import java.util.List;
import java.util.stream.Collectors;

import com.careerbridge.crm.ui.common.ChartJs;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A line chart of readiness over time, one line per target role, drawn by Chart.js from its WebJar. The library is
 * loaded as a plain script (no frontend bundle is built), so drawing waits until it has arrived.
 */
public class ReadinessChart extends Div {

    /** One line: a role and its score at each label (null before the role existed). */
    public record Series(String label, List<Integer> scores) {
    }

    private String json = "{\"labels\":[],\"series\":[]}";

    public ReadinessChart() {
        addClassName("readiness-chart");
        getElement().appendChild(new Element("canvas"));
        getElement().setAttribute("role", "img");
    }

    public void setData(List<String> labels, List<Series> series, String ariaLabel) {
        getElement().setAttribute("aria-label", ariaLabel);
        json = "{\"labels\":" + strings(labels) + ",\"series\":["
                + series.stream().map(s -> "{\"label\":" + ChartJs.string(s.label()) + ",\"scores\":"
                        + s.scores().stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(",", "[", "]"))
                        + "}").collect(Collectors.joining(",")) + "]}";
        draw();
    }

    String json() {
        return json;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(ChartJs.SCRIPT);
        draw();
    }

    private void draw() {
        getElement().executeJs("""
                const host = this;
                const data = JSON.parse($0);
                const palette = ['#1f4e79', '#2e8b57', '#c0392b', '#8e44ad', '#d35400', '#16a085'];
                const render = (attempt) => {
                  if (!window.Chart) {
                    if (attempt < 100) { setTimeout(() => render(attempt + 1), 100); }
                    return;
                  }
                  if (host._chart) { host._chart.destroy(); }
                  host._chart = new window.Chart(host.querySelector('canvas'), {
                    type: 'line',
                    data: {
                      labels: data.labels,
                      datasets: data.series.map((s, i) => ({
                        label: s.label, data: s.scores, stepped: true, spanGaps: true,
                        borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length]
                      }))
                    },
                    options: {
                      responsive: true, maintainAspectRatio: false, animation: false,
                      scales: { y: { min: 0, max: 100, ticks: { stepSize: 20 } } },
                      plugins: { legend: { position: 'bottom' } }
                    }
                  });
                };
                render(0);
                """, json);
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartJs::string).collect(Collectors.joining(",", "[", "]"));
    }

}
