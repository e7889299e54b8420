package com.careerbridge.crm.ui.common;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Shows that an action which may take a while (an import, a digest preview, preparing an export) is under way, and runs
 * it without freezing the page: the button that started it is disabled at once, a spinner names the work (and is
 * announced, being a status region), and the work runs on a worker thread as the signed-in person. The page polls until
 * the result arrives; then the caller's {@code done} gets it in the UI, or the failure is shown the way every other
 * failure is ({@link UiErrors}). Place the indicator where the result will appear.
 * <pre>{@code indicator.run(importButton, getTranslation("candidate.import.working"), () -> service.importRows(...), this::show)}</pre>
 */
public class WorkIndicator extends Div {

    /** Often enough that a two-second job does not feel slower, rarely enough to cost nothing. */
    static final int POLL_MILLIS = 400;
    private static final String RUNNING_KEY = WorkIndicator.class.getName() + ".running";
    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();

    private final Span text = new Span();

    public WorkIndicator() {
        addClassName("work-indicator");
        getElement().setAttribute("role", "status");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-hidden", "true");
        add(bar, text);
        setVisible(false);
    }

    /** Whether work started here has not delivered its result yet. */
    public boolean isWorking() {
        return isVisible();
    }

    public <T> void run(HasEnabled trigger, String working, Callable<T> work, Consumer<T> done) {
        UI ui = UI.getCurrent();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        trigger.setEnabled(false);
        text.setText(working);
        setVisible(true);
        polling(ui, +1);
        WORKERS.execute(() -> {
            Outcome<T> outcome = Outcome.of(signedIn, work);
            ui.access(() -> {
                polling(ui, -1);
                setVisible(false);
                trigger.setEnabled(true);
                UiErrors.attempt(this, Map.of(), outcome::get).ifPresent(done);
            });
        });
    }

    /** Several pieces of work may run on one page; it polls while any of them does. */
    private static void polling(UI ui, int change) {
        Integer running = (Integer) ComponentUtil.getData(ui, RUNNING_KEY);
        int now = Math.max(0, (running == null ? 0 : running) + change);
        ComponentUtil.setData(ui, RUNNING_KEY, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }

    /** The work's result or its failure, carried from the worker into the UI. */
    private record Outcome<T>(T value, RuntimeException failure) {

        static <T> Outcome<T> of(SecurityContext signedIn, Callable<T> work) {
            SecurityContextHolder.setContext(signedIn);
            try {
                return new Outcome<>(work.call(), null);
            } catch (RuntimeException failure) {
                return new Outcome<>(null, failure);
            } catch (Exception checked) {
                return new Outcome<>(null, new IllegalStateException(checked));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        T get() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
