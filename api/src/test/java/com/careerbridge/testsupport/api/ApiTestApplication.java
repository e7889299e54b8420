package com.careerbridge.testsupport.api;

import java.time.Instant;

import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.testsupport.PrivacyWorld;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Core and API beans without the web UI, for the API's integration tests. Test classes and their nested classes are
 * kept out of the scan (TypeExcludeFilter), so a test's own probe controller exists only where it is imported. Time
 * is a {@link MutableClock} that tests move forward.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "com.careerbridge.crm")
@ComponentScan(basePackages = "com.careerbridge.crm", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@Import({Fixtures.class, PrivacyWorld.class, ApiWorld.class})
public class ApiTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.now());
    }
}
