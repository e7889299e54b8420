package com.careerbridge.crm.shared;

import org.slf4j.Logger;

/**
 * A scheduled run that must not end its schedule when it fails: the database may be away for a moment, and whatever
 * the run owes is still owed at the next one. The failure is logged as a warning under the run's name.
 */
public final class BackgroundRuns {

    private BackgroundRuns() {
    }

    /** The work, with a failure logged as "{name} run failed: …" instead of thrown. */
    public static Runnable guarded(Logger log, String name, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("{} run failed: {}", name, e.toString());
            }
        };
    }
}
