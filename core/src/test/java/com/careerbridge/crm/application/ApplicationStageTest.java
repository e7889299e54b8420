package com.careerbridge.crm.application;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static com.careerbridge.crm.application.ApplicationStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationStageTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    @Test
    void theFlowRunsFromSavedToAnAnswerOnTheOffer() {
        assertThat(SAVED.next()).containsExactlyInAnyOrder(APPLIED, REJECTED, WITHDRAWN);
        assertThat(APPLIED.next()).containsExactlyInAnyOrder(SCREENING, INTERVIEWING, REJECTED, WITHDRAWN);
        assertThat(SCREENING.next()).containsExactlyInAnyOrder(INTERVIEWING, REJECTED, WITHDRAWN);
        assertThat(INTERVIEWING.next()).containsExactlyInAnyOrder(OFFER, REJECTED, WITHDRAWN);
        assertThat(OFFER.next()).containsExactlyInAnyOrder(ACCEPTED, DECLINED, REJECTED, WITHDRAWN);
    }

    @Test
    void aClosedApplicationGoesNowhere() {
        for (ApplicationStage closed : new ApplicationStage[] {ACCEPTED, DECLINED, REJECTED, WITHDRAWN}) {
            assertThat(closed.isOpen()).isFalse();
            assertThat(closed.next()).isEmpty();
        }
    }

    @Test
    void aRefusedMoveSaysWhichMovesAreAllowedAndChangesNothing() {
        JobApplication application = new JobApplication(1, 2, 3, form(null), SAVED, null, NOW);

        assertThatThrownBy(() -> application.moveTo(OFFER, NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(StageMoveRefusedException.class, e -> {
                    assertThat(e.from()).isEqualTo(SAVED);
                    assertThat(e.to()).isEqualTo(OFFER);
                    assertThat(e.allowed()).containsExactlyInAnyOrder(APPLIED, REJECTED, WITHDRAWN);
                    assertThat(e.code()).isEqualTo("conflict.stage-move-refused");
                });
        assertThat(application.getStage()).isEqualTo(SAVED);
        assertThat(application.getStageChangedAt()).isEqualTo(NOW);
    }

    @Test
    void sendingASavedApplicationDatesIt() {
        JobApplication application = new JobApplication(1, 2, 3, form(null), SAVED, null, NOW);
        application.moveTo(APPLIED, NOW.plusSeconds(60));

        assertThat(application.getStage()).isEqualTo(APPLIED);
        assertThat(application.getAppliedOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(application.getStageChangedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    static ApplicationForm form(LocalDate appliedOn) {
        return new ApplicationForm("Acme Korea", "Account Manager", "https://jobs.example/acme/42", "Seoul",
                ApplicationSource.JOB_BOARD, appliedOn, null, null, null);
    }
}
