package com.careerbridge.crm.auditlog;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"mina.park@example.com", "+82 10-1234-5678", "01012345678", "Park Mina", "박민아",
            "prefers mornings", "line\nbreak", "UPPER", ""})
    void refusesAnythingThatCouldBePersonalData(String value) {
        assertThatThrownBy(() -> AuditDetails.of(Key.REASON, value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesNumbersFlagsEnumsAndCodes() {
        AuditDetails details = AuditDetails.of(Key.REASON, "not-in-caseload").with(Key.ROLE, Role.CONSULTANT)
                .with(Key.COUNT, 3).with(Key.UNKNOWN_ACCOUNT, true).with(Key.SESSION_ID, 12345678L);
        assertThat(details.toJson()).isEqualTo(
                "{\"reason\":\"not-in-caseload\",\"role\":\"consultant\",\"unknown_account\":true,\"count\":3,\"session_id\":12345678}");
    }

    @Test
    void refusesOtherTypes() {
        assertThatThrownBy(() -> AuditDetails.of(Key.COUNT, new StringBuilder("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reducesPathsToTheirShapeSoNoValueInThemIsKept() {
        assertThat(AuditDetails.routeShape("/api/v1/candidates/123/notes?q=mina@example.com"))
                .isEqualTo("/api/v1/candidates/{id}/notes");
        assertThat(AuditDetails.routeShape("/invite/mina.park@example.com/01012345678x")).isEqualTo("/invite/*/*");
        assertThat(AuditDetails.routeShape("candidate/42")).isEqualTo("/candidate/{id}");
        assertThat(AuditDetails.none().withRoute("/admin/audit").values()).containsEntry(Key.ROUTE, "/admin/audit");
        assertThat(AuditDetails.none().withRoute("guides/42/draft").values()).containsEntry(Key.ROUTE, "/guides/{id}/draft");
        assertThatThrownBy(() -> AuditDetails.of(Key.ROUTE, "/invite/mina@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestOriginDropsControlCharactersAndShortensTheUserAgent() {
        RequestOrigin origin = new RequestOrigin("192.0.2.1", "Agent\r\nX-Forged: yes" + "x".repeat(500));
        assertThat(origin.userAgent()).doesNotContain("\n").doesNotContain("\r").hasSize(RequestOrigin.USER_AGENT_MAX);
    }
}
