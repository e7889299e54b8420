package com.careerbridge.crm.api.error;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import com.careerbridge.crm.account.InvalidCredentialsException;
import com.careerbridge.crm.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import static org.assertj.core.api.Assertions.assertThat;

/** The exception-to-problem table: the most specific row wins, and every row's texts exist in both languages. */
class ProblemTableTest {

    private final ProblemTable table = ProblemTable.standard();

    @Test
    void theRowOfTheNearestClassWins() {
        assertThat(table.find(InvalidCredentialsException.class)).get()
                .extracting(ProblemMapping::type).isEqualTo(ProblemTypes.INVALID_CREDENTIALS);
        assertThat(table.find(AuthorizationDeniedException.class)).get()
                .satisfies(row -> {
                    assertThat(row.exception()).isEqualTo(AccessDeniedException.class);
                    assertThat(row.status()).isEqualTo(HttpStatus.FORBIDDEN);
                });
        assertThat(table.find(MethodArgumentTypeMismatchException.class)).get()
                .extracting(ProblemMapping::exception).isEqualTo(TypeMismatchException.class);
        assertThat(table.find(InvalidValueException.class)).get()
                .extracting(ProblemMapping::type).isEqualTo(ProblemTypes.VALIDATION);
        assertThat(table.find(IllegalStateException.class)).as("a bug stays a 500").isEmpty();
    }

    @Test
    void aDateOutOfRangeInAParameterIsReportedAsSuch() throws NoSuchMethodException {
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("probe", java.time.Instant.class), 0);
        var outOfRange = new MethodArgumentTypeMismatchException("+10000-01-01T00:00:00Z", java.time.Instant.class,
                "updatedSince", parameter, new IllegalArgumentException(new ValueOutOfRangeException("too late")));
        var notADate = new MethodArgumentTypeMismatchException("soon", java.time.Instant.class, "updatedSince", parameter,
                new IllegalArgumentException("soon"));
        assertThat(violations(outOfRange)).containsExactly("updatedSince:out-of-range");
        assertThat(violations(notADate)).containsExactly("updatedSince:wrong-type");
    }

    @Test
    void everyRowsTitleAndDetailExistInBothBundles() throws IOException {
        for (Properties bundle : List.of(bundle("i18n/api-messages.properties"), bundle("i18n/api-messages_ko.properties"))) {
            for (ProblemMapping<?> row : table.rows()) {
                String slug = ProblemTypes.slug(row.type());
                assertThat(bundle).as(row.exception().getSimpleName())
                        .containsKeys("problem." + slug + ".title", "problem." + slug + ".detail");
            }
            assertThat(bundle).containsKeys("error.out-of-range", "error.wrong-type", "error.invalid",
                    "error.duplicate-property", "error.unknown-property", "error.unknown-guide",
                    "problem.malformed-request.connector", "problem.malformed-request.query", "problem.too-many-attempts.password-reset",
                    "problem.not-found.path", "problem.malformed-request.missing-value");
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(Exception e) {
        ProblemMapping<Exception> row = (ProblemMapping<Exception>) table.find(e.getClass()).orElseThrow();
        return row.violations().apply(e).stream().map(v -> v.field() + ":" + v.reason()).toList();
    }

    @SuppressWarnings("unused")
    private void probe(java.time.Instant updatedSince) {
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ProblemTableTest.class.getClassLoader().getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
