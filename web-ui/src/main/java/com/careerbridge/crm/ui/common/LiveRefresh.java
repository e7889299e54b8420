package com.careerbridge.crm.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.careerbridge.crm.live.LiveChange;
import com.careerbridge.crm.live.LiveChanges;
import com.careerbridge.crm.live.LiveFeed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a part of a page current while it is open: from attach to detach it listens to core's {@link LiveFeed} (only
 * changes the signed-in person may see, from any instance) and, for a change the part cares about, runs the part's
 * refresh inside {@code UI.access} — as the signed-in person, on a worker thread rather than the instance's listening
 * thread — and server push ({@code @Push} on the app shell) brings the result to the browser. The refresh reads again
 * through the usual use cases; a change carries no content.
 */
public final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);
    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();

    private LiveRefresh() {
    }

    /**
     * Refreshes {@code part} through {@code refresh} whenever a change passing {@code wanted} arrives while it is
     * attached. The returned registration stops it for good.
     */
    public static Registration attach(Component part, LiveFeed feed, Predicate<LiveChange> wanted,
                                      Consumer<LiveChange> refresh) {
        Listening listening = new Listening(feed, wanted, refresh);
        Registration onAttach = part.addAttachListener(event -> listening.start(event.getUI()));
        Registration onDetach = part.addDetachListener(event -> listening.stop());
        part.getUI().ifPresent(listening::start);
        return () -> {
            onAttach.remove();
            onDetach.remove();
            listening.stop();
        };
    }

    private static final class Listening {

        private final LiveFeed feed;
        private final Predicate<LiveChange> wanted;
        private final Consumer<LiveChange> refresh;
        private LiveChanges.Registration registration;

        Listening(LiveFeed feed, Predicate<LiveChange> wanted, Consumer<LiveChange> refresh) {
            this.feed = feed;
            this.wanted = wanted;
            this.refresh = refresh;
        }

        /** On attach, in the request of the person who opened the page: who they are is taken from here. */
        synchronized void start(UI ui) {
            stop();
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            registration = feed.open(change -> {
                if (wanted.test(change)) {
                    WORKERS.execute(() -> deliver(ui, signedIn, change));
                }
            });
        }

        synchronized void stop() {
            if (registration != null) {
                registration.remove();
                registration = null;
            }
        }

        private void deliver(UI ui, Authentication signedIn, LiveChange change) {
            try {
                ui.access(() -> {
                    SecurityContext previous = SecurityContextHolder.getContext();
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(signedIn);
                    SecurityContextHolder.setContext(context);
                    try {
                        refresh.accept(change);
                    } catch (RuntimeException e) {
                        // the database away for a moment, the candidate no longer visible: the page stays as it was
                        log.warn("Live refresh of {} failed on {}: {}", ui, change, e.toString());
                    } finally {
                        SecurityContextHolder.setContext(previous);
                    }
                });
            } catch (UIDetachedException closed) {
                stop();
            }
        }
    }
}
