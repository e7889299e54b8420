package com.careerbridge.crm;

import com.careerbridge.crm.app.PortAvailability;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CareerBridge CRM: one executable assembling the core, the REST API and the Vaadin UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerBridgeApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CareerBridgeApplication.class);
        // A port in use is reported in a second, before the database and everything else start.
        application.addListeners(new PortAvailability());
        application.run(args);
    }
}
