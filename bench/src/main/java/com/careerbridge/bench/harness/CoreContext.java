package com.careerbridge.bench.harness;

import com.careerbridge.testsupport.CoreTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Core's Spring context inside the bench JVM against the bench database: the same services, JPQL, SQL and Hibernate
 * as the application, without its web layer, so that a benchmark times the service calls the screens make.
 */
public final class CoreContext {

    private CoreContext() {
    }

    public static ConfigurableApplicationContext open(BenchPostgres postgres, String... moreProperties) {
        return new SpringApplicationBuilder(CoreTestApplication.class)
                .properties(moreProperties)
                .properties(
                        "spring.main.web-application-type=none",
                        "spring.main.banner-mode=off",
                        "spring.datasource.url=" + postgres.jdbcUrl(),
                        "spring.datasource.username=" + BenchPostgres.USER,
                        "spring.datasource.password=",
                        // brings a kept data set up to the current schema (e.g. the list indexes of V80)
                        "spring.flyway.enabled=true",
                        "spring.jpa.open-in-view=false",
                        "spring.jpa.properties.hibernate.jdbc.time_zone=UTC",
                        "careerbridge.mail.dispatch.enabled=false",
                        "careerbridge.mail.digest.enabled=false",
                        "careerbridge.demo.enabled=false",
                        "logging.level.root=WARN")
                .run();
    }
}
