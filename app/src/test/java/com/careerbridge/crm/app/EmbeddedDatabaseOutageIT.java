package com.careerbridge.crm.app;

import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbridge.crm.app.outage.PostgresProcess;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DatabaseOutageIT} for the PostgreSQL the application runs itself (no datasource URL): stopped by an operator
 * and killed under it, then started again by hand. Its pool used to wait 5 s per request while the server was away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careerbridge.admin.email=" + DatabaseOutageDrill.ADMIN_EMAIL,
        "careerbridge.admin.password=" + DatabaseOutageDrill.ADMIN_PASSWORD,
        "careerbridge.demo.enabled=false",
        "careerbridge.mail.dispatch.enabled=false",
        "careerbridge.mail.digest.enabled=false"})
@DirtiesContext
class EmbeddedDatabaseOutageIT extends DatabaseOutageDrill {

    private static Path dataDirectory;

    @Autowired HikariDataSource dataSource;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) throws Exception {
        // Under target/: the server outlives this class's own clean-up (the context closes after it), and `clean` removes it.
        dataDirectory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "outage-embedded")
                .resolve("postgres");
        registry.add("careerbridge.embedded-database.data-directory", dataDirectory::toString);
    }

    @Test
    void stoppedAndKilled() throws Exception {
        assertThat(dataSource.getPoolName()).as("the embedded database's pool").isEqualTo("careerbridge-embedded");
        PostgresProcess postgres = new PostgresProcess(dataDirectory);

        drill("stopped (fast shutdown)", postgres::stopFast, postgres::restart);
        drill("killed (SIGKILL)", postgres::kill, postgres::restart);
    }

    @Test
    void itsPoolHasTheTimeoutsOfApplicationYml() {
        assertThat(dataSource.getConnectionTimeout()).isEqualTo(800);
        assertThat(dataSource.getValidationTimeout()).isEqualTo(500);
        assertThat(dataSource.getKeepaliveTime()).isEqualTo(30_000);
        assertThat(dataSource.getDataSourceProperties())
                .containsEntry("connectTimeout", "2").containsEntry("loginTimeout", "3").containsEntry("socketTimeout", "120")
                .containsEntry("logServerErrorDetail", "false");
    }
}
