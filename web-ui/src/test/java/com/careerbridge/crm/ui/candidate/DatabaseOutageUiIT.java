package com.careerbridge.crm.ui.candidate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant saves while the database is unreachable (its database refuses connections and the open ones are
 * ended — to the pool the same as a stopped server): a translated "temporarily unavailable" notification, the dialog
 * stays open with the input, nothing saved; once the database is back the same click saves. (This test context has
 * Hikari's default 30 s connection timeout, so the failing click takes that long; the application's is 800 ms.)
 */
class DatabaseOutageUiIT extends BrowserlessUiTest {

    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String username;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void savingDuringAnOutageSaysTryAgainAndKeepsTheInput() throws Exception {
        signIn(staff("Outage", Role.CONSULTANT));
        navigate(CandidateListView.class);
        test($(Button.class).withText("New candidate").single()).click();
        CandidateFormDialog dialog = $(CandidateFormDialog.class).single();
        test(dialog.fullName).setValue("During outage " + run);
        test(dialog.email).setValue("outage." + run + "@example.com");

        cutOff(true);
        try {
            // In the running application Vaadin hands an exception from a click to the session's error handler;
            // browserless clicks throw it to the caller, so the test passes it on the same way.
            try {
                test(dialog.save).click();
            } catch (RuntimeException e) {
                VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
            }

            assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                    .isEqualTo("The system cannot reach its database for a moment. Nothing was saved; please try again in a few seconds."));
            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.fullName.getValue()).isEqualTo("During outage " + run);
        } finally {
            cutOff(false);
        }
        // As the notification asks, a moment later: connections the outage cut that sat idle in the pool are checked
        // when next borrowed once they have been idle past the pool's alive-bypass window (500 ms), and replaced.
        Thread.sleep(1_000);
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);
        assertThat(candidateService.count(CandidateFilter.all().withText("During outage " + run))).isEqualTo(1);
    }

    private void cutOff(boolean refuse) throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
             Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections " + !refuse);
            if (refuse) {
                statement.execute("select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = '" + database + "'");
            }
        }
    }
}
