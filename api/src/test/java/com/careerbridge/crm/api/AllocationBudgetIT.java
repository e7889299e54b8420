package com.careerbridge.crm.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A guard against work per request creeping up that does not depend on the machine's speed: the bytes the JVM
 * allocates while it serves one API request (security chain, token check, SQL, JSON), measured in the request's own
 * thread, stay within a recorded budget. The budgets are about 1.6 times what the requests took when they were recorded
 * (median of a warm run), so a change that doubles the work per request fails here, while JIT noise does not.
 * Throughput itself is measured by the benchmarks (bench module), not here.
 */
@ApiIntegrationTest
@Import(AllocationBudgetIT.Recording.class)
class AllocationBudgetIT {

    /** Allowed allocation per request, in kB (median over the measured requests). */
    // Recorded 4 Dec 2026 (kB): /me 52, /me/guides 59, /me/sessions 68, /me/readiness 121 — the readiness list was
    // 222 before its guide titles stopped reading each guide's whole content to name a role.
    static final Map<String, Integer> BUDGET_KB = Map.of(
            "/api/v1/me/guides", 95,
            "/api/v1/me/sessions", 110,
            "/api/v1/me/readiness", 195,
            "/api/v1/me", 85);

    private static final int WARM_UP = 150;
    private static final int MEASURED = 100;

    @LocalServerPort int port;
    @Autowired ApiWorld world;
    @Autowired AllocationRecorder recorder;

    @Test
    void candidate_reads_allocate_within_their_budget() {
        ApiClient api = new ApiClient(port);
        ApiWorld.Side side = world.side("Allocation");
        String token = ApiWorld.signIn(api, side.candidateEmail());

        Map<String, Long> medians = new java.util.TreeMap<>();
        BUDGET_KB.forEach((path, budget) -> {
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(api.get(path, token).status()).as(path).isEqualTo(200);
            }
            recorder.start(path);
            for (int i = 0; i < MEASURED; i++) {
                api.get(path, token);
            }
            medians.put(path, recorder.medianBytes(path));
        });
        medians.forEach((path, median) -> System.out.printf("%-24s %7.1f kB allocated per request (budget %d kB)%n",
                path, median / 1024.0, BUDGET_KB.get(path)));
        medians.forEach((path, median) -> assertThat(median / 1024).as("kB allocated per request for %s", path)
                .isLessThanOrEqualTo(BUDGET_KB.get(path).longValue()));
    }

    /** Measures the bytes each request allocates in the thread that serves it, around the whole filter chain. */
    static final class AllocationRecorder extends OncePerRequestFilter {

        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final Map<String, ConcurrentLinkedQueue<Long>> samples = new ConcurrentHashMap<>();

        void start(String path) {
            samples.put(path, new ConcurrentLinkedQueue<>());
        }

        long medianBytes(String path) {
            long[] values = samples.get(path).stream().mapToLong(Long::longValue).sorted().toArray();
            assertThat(values).as("requests recorded for %s", path).hasSize(MEASURED);
            return values[values.length / 2];
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                chain.doFilter(request, response);
            } finally {
                long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                var queue = samples.get(request.getRequestURI());
                if (queue != null) {
                    queue.add(allocated);
                }
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        AllocationRecorder allocationRecorder() {
            return new AllocationRecorder();
        }

        @Bean
        FilterRegistrationBean<AllocationRecorder> allocationRecorderRegistration(AllocationRecorder recorder) {
            FilterRegistrationBean<AllocationRecorder> registration = new FilterRegistrationBean<>(recorder);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
