package com.careerbridge.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CareerBridge CRM: one executable assembling the core, the REST API and the Vaadin UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareerBridgeApplication.class, args);
    }
}
