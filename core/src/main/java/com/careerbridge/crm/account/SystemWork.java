package com.careerbridge.crm.account;

import java.util.function.Supplier;

/**
 * Marks work the application does on its own behalf (seeding, scheduled jobs) so that services run it with full
 * rights; inside it, {@link ActingAs} can still act as a particular user. A scoped value, not a thread local: the mark cannot leak past the block into pooled threads or requests.
 */
public final class SystemWork {

    private static final ScopedValue<Boolean> ACTIVE = ScopedValue.newInstance();

    private SystemWork() {
    }

    public static <T> T call(Supplier<T> work) {
        return ScopedValue.where(ACTIVE, Boolean.TRUE).call(work::get);
    }

    public static void run(Runnable work) {
        ScopedValue.where(ACTIVE, Boolean.TRUE).run(work);
    }

    /** Runs work as whoever is signed in, even inside system work (the innermost choice wins). */
    static <T> T suspended(Supplier<T> work) {
        return ScopedValue.where(ACTIVE, Boolean.FALSE).call(work::get);
    }

    static boolean isActive() {
        return ACTIVE.orElse(Boolean.FALSE);
    }
}
