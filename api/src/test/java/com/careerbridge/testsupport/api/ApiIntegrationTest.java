package com.careerbridge.testsupport.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.careerbridge.testsupport.PostgresTestInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The API on a real Tomcat (random port) and a real PostgreSQL of its own; talk to it with {@link ApiClient}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Open-in-view off, as the application runs: a controller reaching a lazy association outside the service's
// transaction fails here as it would in production, and statements are counted as production spends them.
@SpringBootTest(classes = ApiTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.open-in-view=false")
@ContextConfiguration(initializers = PostgresTestInitializer.class)
public @interface ApiIntegrationTest {
}
