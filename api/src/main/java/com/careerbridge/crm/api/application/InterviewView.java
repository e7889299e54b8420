package com.careerbridge.crm.api.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.InterviewQuestion;
import com.careerbridge.crm.application.JobInterview;
import com.careerbridge.crm.application.JobInterviews.AskedQuestion;
import com.careerbridge.crm.application.JobInterviews.InterviewWithQuestions;
import com.careerbridge.crm.application.QuestionProposal;
import com.careerbridge.crm.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;

/** An interview round with the questions written down about it. */
record InterviewView(long id, long applicationId, int round,
                     @Schema(description = "The start as an instant") Instant startsAt,
                     @Schema(description = "The start in the interview's own time zone") LocalDateTime start,
                     String timeZone, InterviewFormat format, String interviewers, String notes,
                     List<QuestionView> questions, Instant updatedAt) {

    record QuestionView(long id, String asked,
                        @Schema(description = "Place of the matched guide question in its version, or null")
                        Integer guideQuestion,
                        @Schema(description = "The matched guide question, in the client's language") String matched,
                        @Schema(description = "Null unless proposed for the guide") QuestionProposal proposal,
                        Instant createdAt) {

        static QuestionView of(AskedQuestion asked, Language language) {
            InterviewQuestion q = asked.question();
            return new QuestionView(q.getId(), q.getAsked(), q.getGuideQuestion(),
                    asked.matched() == null ? null : asked.matched().in(language), q.getProposal(), q.getCreatedAt());
        }
    }

    static InterviewView of(InterviewWithQuestions found, Language language) {
        JobInterview i = found.interview();
        return new InterviewView(i.getId(), i.getApplicationId(), i.getRound(), i.getStartsAt(),
                LocalDateTime.ofInstant(i.getStartsAt(), i.getTimeZone()), i.getTimeZone().getId(), i.getFormat(),
                i.getInterviewers(), i.getNotes(),
                found.questions().stream().map(q -> QuestionView.of(q, language)).toList(), i.getUpdatedAt());
    }
}
