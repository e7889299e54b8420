package com.careerbridge.crm.ui.memory;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.internal.CurrentInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heap a consultant's web session keeps while it lives: {@value #SESSIONS} sessions, each signed in as the same
 * consultant (30 candidates), having opened the dashboard and then the candidate list (its grid fetched a page). The
 * retained heap after a full GC, minus the same measure before them, divided by their number. Goal: at most 500 kB
 * per session, so a 1 GB heap holds well over a thousand signed-in consultants. Measured as in production mode (see
 * {@link #componentTracking}). The sessions live in one Vaadin service
 * in this JVM (browserless, no HTTP); the servlet container's own session object and Spring Security's context add a
 * few hundred bytes in production. Writes its figures and the classes that grew most to target/vaadin-memory.md.
 */
class ConsultantSessionMemoryIT extends BrowserlessUiTest {

    private static final int WARM_UP = 20;
    private static final int SESSIONS = 200;
    private static final long GOAL_BYTES = 500 * 1024;

    @Test
    void aConsultantsSessionWithDashboardAndCandidateListStaysUnderHalfAMegabyte() throws Exception {
        signIn(staff("Memory", Role.CONSULTANT));
        for (int i = 0; i < 30; i++) {
            candidate("Kept " + i);
        }
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        VaadinSession testSession = VaadinSession.getCurrent();
        UI testUi = UI.getCurrent();
        List<VaadinSession> live = new ArrayList<>();
        Object tracking = componentTracking(Boolean.TRUE);
        try {
            for (int i = 0; i < WARM_UP; i++) {
                live.add(openConsultantSession(service));
            }
            long before = retainedHeap();
            Map<String, long[]> histogramBefore = histogram();
            for (int i = 0; i < SESSIONS; i++) {
                live.add(openConsultantSession(service));
            }
            long after = retainedHeap();
            Map<String, long[]> histogramAfter = histogram();
            long perSession = (after - before) / SESSIONS;

            String figures = String.format("| Sessions | Retained heap before | after | per session | goal |%n"
                    + "|---|---|---|---|---|%n| %d | %.1f MB | %.1f MB | %.0f kB | %d kB |%n",
                    SESSIONS, before / 1e6, after / 1e6, perSession / 1024.0, GOAL_BYTES / 1024);
            String growth = topGrowth(histogramBefore, histogramAfter, 15);
            System.out.println(figures + growth);
            Path out = Path.of("target", "vaadin-memory.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, figures + "\nClasses that grew most (instances, bytes per session):\n\n" + growth);

            assertThat(live).allSatisfy(session -> assertThat(session.getUIs()).hasSize(1));
            assertThat(perSession).as("retained bytes per consultant session").isPositive()
                    .isLessThanOrEqualTo(GOAL_BYTES);
        } finally {
            componentTracking(tracking);
            Reference.reachabilityFence(live);
            CurrentInstance.clearAll();
            VaadinSession.setCurrent(testSession);
            UI.setCurrent(testUi);
        }
    }

    /**
     * Sets Vaadin's development-mode component tracker off (as in production mode, where it never runs) and returns
     * the previous setting. The tests run in development mode, where it keeps a Throwable for every component's
     * creation and attach (for the dev tools' "go to source"): about 360 per session here, 1.3 MB of the measure —
     * memory a production deployment does not spend.
     */
    private static Object componentTracking(Object disabled) throws ReflectiveOperationException {
        java.lang.reflect.Field field = com.vaadin.flow.component.internal.ComponentTracker.class.getDeclaredField("disabled");
        field.setAccessible(true);
        Object previous = field.get(null);
        field.set(null, disabled);
        return previous;
    }

    /** A new session in the same service, as a new browser signing in would get: one UI, dashboard, then the list. */
    private VaadinSession openConsultantSession(VaadinServletService service) {
        SessionObjects objects = MockVaadin.createSessionObjects(service);
        VaadinSession session = objects.getSession();
        CurrentInstance.set(VaadinRequest.class, objects.getRequest());
        CurrentInstance.set(VaadinResponse.class, objects.getResponse());
        VaadinSession.setCurrent(session);
        MockVaadin.fireSessionInit(service, session, objects.getRequest());
        UIFactory newUi = UI::new;
        MockVaadin.createUI(newUi, session);
        UI ui = UI.getCurrent();
        ui.navigate(DashboardView.class);
        roundTrip();
        ui.navigate(CandidateListView.class);
        roundTrip();
        assertThat($(Grid.class).first().getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(30);
        return session;
    }

    private static long retainedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** GC.class_histogram (after a full GC) as class name to {instances, bytes}. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }

    private static String topGrowth(Map<String, long[]> before, Map<String, long[]> after, int limit) {
        StringBuilder table = new StringBuilder("| Class | instances per session | bytes per session |\n|---|---|---|\n");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(limit)
                .forEach(e -> table.append(String.format("| `%s` | %.1f | %,d |%n", e.getKey(),
                        e.getValue()[0] / (double) SESSIONS, e.getValue()[1] / SESSIONS)));
        return table.toString();
    }
}
