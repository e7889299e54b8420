package com.careerbridge.crm.ui.candidate;

import java.util.List;
import java.util.stream.Collectors;

import com.careerbridge.crm.ui.common.ChartCanvas;
import com.careerbridge.crm.ui.common.ChartJs;

/**
 * A line chart of readiness over time, one line per target role, drawn by Chart.js from its WebJar. The library is
 * loaded as a plain script (no frontend bundle is built), so drawing waits until it has arrived.
 */
public class ReadinessChart extends ChartCanvas {

    /** One line: a role and its score at each label (null before the role existed). */
    public record Series(String label, List<Integer> scores) {
    }

    public ReadinessChart() {
        super("readiness-chart", "{\"labels\":[],\"series\":[]}");
    }

    public void setData(List<String> labels, List<Series> series, String ariaLabel) {
        show("{\"labels\":" + strings(labels) + ",\"series\":["
                + series.stream().map(s -> "{\"label\":" + ChartJs.string(s.label()) + ",\"scores\":"
                        + s.scores().stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(",", "[", "]"))
                        + "}").collect(Collectors.joining(",")) + "]}", ariaLabel);
    }

    @Override
    protected String configuration() {
        return """
                {
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
                }""";
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartJs::string).collect(Collectors.joining(",", "[", "]"));
    }
}
