package com.careerbridge.crm.api.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications.ApplicationWithHistory;
import com.careerbridge.crm.application.StageChange;
import io.swagger.v3.oas.annotations.media.Schema;

/** An application as the candidate and their consultant see it, with its stages and the moves it may make next. */
record ApplicationView(long id, long candidateId,
                       @Schema(description = "Null once the target role was removed") Long targetRoleId,
                       @Schema(description = "The role guide of the target role") long guideId,
                       String company, String positionTitle, String postingUrl, String location,
                       ApplicationSource source, LocalDate appliedOn, Integer salaryMin, Integer salaryMax,
                       String salaryCurrency, ApplicationStage stage, Instant stageChangedAt,
                       @Schema(description = "The stages a stage move may go to now") List<ApplicationStage> allowedMoves,
                       @Schema(description = "Every stage, oldest first, with the readiness for the role at that moment")
                       List<Stage> history, Instant updatedAt) {

    record Stage(ApplicationStage stage, Instant movedAt, int readiness) {

        static Stage of(StageChange change) {
            return new Stage(change.getStage(), change.getMovedAt(), change.getReadiness());
        }
    }

    static ApplicationView of(ApplicationWithHistory item) {
        JobApplication a = item.application();
        return new ApplicationView(a.getId(), a.getCandidateId(), a.getTargetRoleId(), a.getGuideId(), a.getCompany(),
                a.getPositionTitle(), a.getPostingUrl(), a.getLocation(), a.getSource(), a.getAppliedOn(),
                a.getSalaryMin(), a.getSalaryMax(), a.getSalaryCurrency(), a.getStage(), a.getStageChangedAt(),
                a.getStage().next().stream().sorted().toList(), item.history().stream().map(Stage::of).toList(),
                a.getUpdatedAt());
    }
}
