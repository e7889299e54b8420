package com.careerbridge.crm.ui.application;

import java.util.List;
import java.util.stream.Collectors;

import com.careerbridge.crm.ui.common.ChartCanvas;
import com.careerbridge.crm.ui.common.ChartJs;

/**
 * Grouped bars per target role — applications, interviews, offers, acceptances on the left axis — with the average
 * readiness at application (offer / no offer, 0–100) as markers on the right axis. Drawn by Chart.js from its WebJar,
 * as every chart here ({@link ChartCanvas}); the numbers themselves are in the grid beside it.
 */
class OutcomesChart extends ChartCanvas {

    /** One set of bars or markers: its label, its axis and a value per role (null where the report gives none). */
    record Series(String label, boolean readiness, List<? extends Number> values) {
    }

    OutcomesChart() {
        super("outcomes-chart", "{\"labels\":[],\"series\":[],\"axes\":[\"\",\"\"]}");
    }

    void setData(List<String> roles, List<Series> series, String countAxis, String readinessAxis, String ariaLabel) {
        show("{\"labels\":" + roles.stream().map(ChartJs::string).collect(Collectors.joining(",", "[", "]"))
                + ",\"series\":[" + series.stream().map(s -> "{\"label\":" + ChartJs.string(s.label())
                        + ",\"readiness\":" + s.readiness() + ",\"values\":" + s.values().stream()
                        .map(v -> v == null ? "null" : Long.toString(Math.round(v.doubleValue())))
                        .collect(Collectors.joining(",", "[", "]")) + "}").collect(Collectors.joining(","))
                + "],\"axes\":[" + ChartJs.string(countAxis) + "," + ChartJs.string(readinessAxis) + "]}", ariaLabel);
    }

    @Override
    protected String configuration() {
        return """
                {
                  type: 'bar',
                  data: {
                    labels: data.labels,
                    datasets: data.series.map((s, i) => ({
                      label: s.label, data: s.values, yAxisID: s.readiness ? 'y1' : 'y',
                      type: s.readiness ? 'line' : 'bar', showLine: false, pointRadius: 6,
                      pointStyle: s.readiness ? 'rectRot' : 'circle',
                      borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length]
                    }))
                  },
                  options: {
                    responsive: true, maintainAspectRatio: false, animation: false,
                    scales: {
                      y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.axes[0] } },
                      y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
                            title: { display: true, text: data.axes[1] } }
                    },
                    plugins: { legend: { position: 'bottom' } }
                  }
                }""";
    }
}
